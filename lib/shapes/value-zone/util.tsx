/** The value-zone shape on the canvas: the band where needs are linked to offerings. */
import { CardShapeUtil } from '../shared/card-shape'
import { valueZoneShapeSchema, type TLValueZoneShape, type ValueZoneShapeProps } from './schema'
import { ValueZoneView } from './view'

/**
 * The band between the personas and the organisation where needs meet offerings: it lists
 * every "fulfilled by" link, each persona's coverage, the gaps and the idle offerings, and
 * (while edited) links a need to an offering. The links themselves are records, so any
 * number of zones on a board show the same links.
 */
export class ValueZoneShapeUtil extends CardShapeUtil<TLValueZoneShape> {
  static override type = valueZoneShapeSchema.type
  static override props = valueZoneShapeSchema.props
  static override migrations = valueZoneShapeSchema.migrations
  protected override readonly View = ValueZoneView

  override getDefaultProps(): ValueZoneShapeProps {
    return { ...valueZoneShapeSchema.defaultProps }
  }
}
