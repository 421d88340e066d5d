/** The organisation shape on the canvas: a card listing its goals, processes and offerings. */
import { CardShapeUtil } from '../shared/card-shape'
import {
  organisationShapeSchema,
  type OrganisationShapeProps,
  type TLOrganisationShape,
} from './schema'
import { OrganisationView } from './view'

/** The offering side of a value zone: business goals, processes, products and services. */
export class OrganisationShapeUtil extends CardShapeUtil<TLOrganisationShape> {
  static override type = organisationShapeSchema.type
  static override props = organisationShapeSchema.props
  static override migrations = organisationShapeSchema.migrations
  protected override readonly View = OrganisationView

  override getDefaultProps(): OrganisationShapeProps {
    return { ...organisationShapeSchema.defaultProps }
  }
}
