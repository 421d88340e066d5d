/** The persona shape on the canvas: a card listing its stated and unstated needs. */
import { CardShapeUtil } from '../shared/card-shape'
import { personaShapeSchema, type PersonaShapeProps, type TLPersonaShape } from './schema'
import { PersonaView } from './view'

/** A group of customers with similar needs, with its stated and unstated needs listed. */
export class PersonaShapeUtil extends CardShapeUtil<TLPersonaShape> {
  static override type = personaShapeSchema.type
  static override props = personaShapeSchema.props
  static override migrations = personaShapeSchema.migrations
  protected override readonly View = PersonaView

  override getDefaultProps(): PersonaShapeProps {
    return { ...personaShapeSchema.defaultProps }
  }
}
