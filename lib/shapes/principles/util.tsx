/** The principles matrix on the canvas: the five principles against the board's business units. */
import { ContentSizedShapeUtil } from '../shared/content-sized-shape'
import { principlesShapeSchema, type PrinciplesShapeProps, type TLPrinciplesShape } from './schema'
import { PrinciplesView } from './view'

/** Who is responsible for each principle, and who contributes; sized by its table. */
export class PrinciplesShapeUtil extends ContentSizedShapeUtil<TLPrinciplesShape> {
  static override type = principlesShapeSchema.type
  static override props = principlesShapeSchema.props
  static override migrations = principlesShapeSchema.migrations
  protected override readonly View = PrinciplesView
  protected override readonly described = 'Principles matrix'

  override getDefaultProps(): PrinciplesShapeProps {
    return { ...principlesShapeSchema.defaultProps }
  }
}
