/**
 * The organisation as data: its props, their validators and migrations, and the goals,
 * processes, products and services that belong to it. No React.
 */
import type { RecordProps, TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { offeringItemTypeName, organisationShapeType } from '@/lib/model'
import { firstShapeVersion, positiveSize } from '../shared/card-schema'
import { defineShapeSchema } from '../shape-schema'
import { deleteOfferingsWithTheirOrganisation } from '../value-zone/side-effects'
import { offeringItemRecordInfo } from './offering-record'

/**
 * What an organisation shape holds itself; its goals, processes, products and services are
 * records of their own (offering-record.ts).
 */
export interface OrganisationShapeProps {
  w: number
  h: number
  /** The business, or the part of it on this board, e.g. "Nordic Bank: mortgages". */
  name: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [organisationShapeType]: OrganisationShapeProps
  }
}

export type TLOrganisationShape = TLShape<typeof organisationShapeType>

export const organisationShapeProps: RecordProps<TLOrganisationShape> = {
  w: positiveSize,
  h: positiveSize,
  name: T.string,
}

export const { versions: organisationShapeVersions, migrations: organisationShapeMigrations } =
  firstShapeVersion(organisationShapeType)

export const organisationShapeSchema = defineShapeSchema<
  typeof organisationShapeType,
  OrganisationShapeProps
>({
  type: organisationShapeType,
  props: organisationShapeProps,
  migrations: organisationShapeMigrations,
  defaultProps: { w: 340, h: 460, name: '' },
  records: [
    {
      typeName: offeringItemTypeName,
      info: offeringItemRecordInfo,
      privateToAuthor: true,
      heldBy: 'organisationId',
    },
  ],
  inModel: true,
  holdsItems: true,
  sideEffects: [deleteOfferingsWithTheirOrganisation],
})
