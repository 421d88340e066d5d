/** The journey shape on the canvas: one grid of phases, stages, lanes and touchpoints. */
import { ContentSizedShapeUtil } from '../shared/content-sized-shape'
import { journeyShapeSchema, type JourneyShapeProps, type TLJourneyShape } from './schema'
import { JourneyView } from './view'

/** A customer-experience map, sized by its grid, so a cell grows with its touchpoints. */
export class JourneyShapeUtil extends ContentSizedShapeUtil<TLJourneyShape> {
  static override type = journeyShapeSchema.type
  static override props = journeyShapeSchema.props
  static override migrations = journeyShapeSchema.migrations
  protected override readonly View = JourneyView
  protected override readonly described = 'Experience map'

  override getDefaultProps(): JourneyShapeProps {
    return { ...journeyShapeSchema.defaultProps }
  }
}
