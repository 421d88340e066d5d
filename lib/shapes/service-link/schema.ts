/**
 * The service link as data: "this service serves that step", its ends face items. No React:
 * the server, the board store and the tests read it.
 */
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  idValidator,
  type RecordProps,
  type TLShape,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { cubeItemTypeName, serviceLinkShapeType } from '@/lib/model'
import type { TLCubeItemId } from '../cube/item-record'
import { defineShapeSchema } from '../shape-schema'
import { deleteLinksWithTheirItems, keepLinksOnThePage } from './links'

/** "This service serves that step": the ends are face items, drawn between their cubes. */
export interface ServiceLinkShapeProps {
  /** The provider's Front Stage service. */
  serviceId: TLCubeItemId
  /** The consumer's Back Stage process step. */
  stepId: TLCubeItemId
  /** Optional words on the link, e.g. "within 2 days"; '' when none. */
  label: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [serviceLinkShapeType]: ServiceLinkShapeProps
  }
}

export type TLServiceLinkShape = TLShape<typeof serviceLinkShapeType>

const itemId = idValidator<TLCubeItemId>(cubeItemTypeName)

export const serviceLinkShapeProps: RecordProps<TLServiceLinkShape> = {
  serviceId: itemId,
  stepId: itemId,
  label: T.string,
}

export const serviceLinkShapeVersions = createShapePropsMigrationIds(serviceLinkShapeType, {
  Initial: 1,
})

export const serviceLinkShapeMigrations = createShapePropsMigrationSequence({
  sequence: [{ id: serviceLinkShapeVersions.Initial, up: (props) => props }],
})

export const serviceLinkShapeSchema = defineShapeSchema<
  typeof serviceLinkShapeType,
  ServiceLinkShapeProps
>({
  type: serviceLinkShapeType,
  props: serviceLinkShapeProps,
  migrations: serviceLinkShapeMigrations,
  defaultProps: { serviceId: '' as TLCubeItemId, stepId: '' as TLCubeItemId, label: '' },
  inModel: true,
  sideEffects: [deleteLinksWithTheirItems, keepLinksOnThePage],
})
