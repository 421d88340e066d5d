import { T, type RecordProps, type TLShape } from 'tldraw'
import { CardShapeUtil, firstShapeVersion, positiveSize } from '../shared/card-shape'
import { OrganisationView } from './view'

/**
 * What an organisation shape holds itself; its goals, processes, products and services are
 * records of their own (offering-item-record.ts).
 */
export interface OrganisationShapeProps {
  w: number
  h: number
  /** The business, or the part of it on this board, e.g. "Nordic Bank: mortgages". */
  name: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    organisation: OrganisationShapeProps
  }
}

export type TLOrganisationShape = TLShape<'organisation'>

export const organisationShapeProps: RecordProps<TLOrganisationShape> = {
  w: positiveSize,
  h: positiveSize,
  name: T.string,
}

export const { versions: organisationShapeVersions, migrations: organisationShapeMigrations } =
  firstShapeVersion('organisation')

/** The offering side of a value zone: business goals, processes, products and services. */
export class OrganisationShapeUtil extends CardShapeUtil<TLOrganisationShape> {
  static override type = 'organisation' as const
  static override props = organisationShapeProps
  static override migrations = organisationShapeMigrations
  protected override readonly View = OrganisationView

  override getDefaultProps(): OrganisationShapeProps {
    return { w: 340, h: 460, name: '' }
  }
}
