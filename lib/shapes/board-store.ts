import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  type TLStore,
  type TLStoreOptions,
} from 'tldraw'
import {
  cubeItemTypeName,
  offeringItemTypeName,
  personaNeedTypeName,
  valueLinkTypeName,
} from '@/lib/model'
import { cubeItemRecordInfo } from './cube/item-record'
import { CubeShapeUtil } from './cube/util'
import { CubeTool } from './cube/tool'
import { offeringItemRecordInfo } from './organisation/offering-record'
import { OrganisationShapeUtil } from './organisation/util'
import { personaNeedRecordInfo } from './persona/need-record'
import { PersonaShapeUtil } from './persona/util'
import { ServiceLinkShapeUtil } from './service-link/util'
export { firstPageId } from './pages'
import { valueLinkRecordInfo } from './value-zone/value-link-record'
import { ValueZoneShapeUtil } from './value-zone/util'
import { OrganisationTool, PersonaTool, ValueZoneTool } from './value-zone/tools'

/** Cubeboard's own shapes, to pass to `<Tldraw shapeUtils>` (tldraw adds its defaults there). */
export const cubeboardShapeUtils = [
  CubeShapeUtil,
  ServiceLinkShapeUtil,
  PersonaShapeUtil,
  OrganisationShapeUtil,
  ValueZoneShapeUtil,
] as const

/** Cubeboard's own tools, to pass to `<Tldraw tools>`. */
export const cubeboardTools = [CubeTool, PersonaTool, OrganisationTool, ValueZoneTool] as const

/** Cubeboard's own record types (face items, needs, organisation items, value links). */
export const cubeboardRecords = {
  [cubeItemTypeName]: cubeItemRecordInfo,
  [personaNeedTypeName]: personaNeedRecordInfo,
  [offeringItemTypeName]: offeringItemRecordInfo,
  [valueLinkTypeName]: valueLinkRecordInfo,
}

/** Options of `createBoardStore`: anything `createTLStore` takes except the schema. */
export type BoardStoreOptions = Omit<
  TLStoreOptions,
  'schema' | 'shapeUtils' | 'bindingUtils' | 'assetUtils' | 'migrations' | 'records'
>

/**
 * The store of a board: tldraw's default shapes and bindings plus ours and our records. The
 * app and the tests both build it here, so they always agree on the schema.
 */
export function createBoardStore(options: BoardStoreOptions = {}): TLStore {
  return createTLStore({
    ...options,
    shapeUtils: [...defaultShapeUtils, ...cubeboardShapeUtils],
    bindingUtils: defaultBindingUtils,
    records: cubeboardRecords,
  })
}
