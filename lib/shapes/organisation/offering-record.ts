/**
 * Offerings: the record of one goal, process, product or service of an organisation, and its
 * queries.
 */
import type { BaseRecord, RecordId } from '@tldraw/store'
import { idValidator, type TLShapeId, type TLStore } from '@tldraw/tlschema'
import type { IndexKey, JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import {
  cubeItemTypeName,
  offeringItemTypeName,
  offeringKinds,
  type OfferingKind,
} from '@/lib/model'
import type { TLCubeItemId } from '../cube/item-record'
import {
  childRecordsOf,
  firstRecordVersion,
  indexAfterLast,
  recordMetaValidator,
} from '../shared/record-versions'

export type TLOfferingItemId = RecordId<TLOfferingItem>

/** One business goal, process, product or service of an organisation shape. */
export interface TLOfferingItem extends BaseRecord<typeof offeringItemTypeName, TLOfferingItemId> {
  /** The organisation shape it is written on. */
  organisationId: TLShapeId
  kind: OfferingKind
  /** What it is called here; for a cube's service, its name when it was picked. */
  text: string
  /**
   * For a service: the Front Stage service of a cube on the board that this is, so both
   * board kinds share one model; null when it is written here only.
   */
  cubeItemId: TLCubeItemId | null
  index: IndexKey
  meta: JsonObject
}

declare module '@tldraw/tlschema' {
  interface TLGlobalRecordPropsMap {
    [offeringItemTypeName]: TLOfferingItem
  }
}

export const offeringItemValidator: T.Validator<TLOfferingItem> = T.object({
  id: idValidator<TLOfferingItemId>(offeringItemTypeName),
  typeName: T.literal(offeringItemTypeName),
  organisationId: idValidator<TLShapeId>('shape'),
  kind: T.literalEnum(...offeringKinds),
  text: T.string,
  cubeItemId: idValidator<TLCubeItemId>(cubeItemTypeName).nullable(),
  index: T.indexKey,
  meta: recordMetaValidator,
}).check((item) => {
  if (item.cubeItemId !== null && item.kind !== 'service') {
    throw new Error(`only a service can be a cube's service, not a ${item.kind}`)
  }
})

export const {
  versions: offeringItemVersions,
  migrations: offeringItemMigrations,
  recordInfo: offeringItemRecordInfo,
} = firstRecordVersion(offeringItemTypeName, offeringItemValidator)

/** The items of one organisation shape, in order. Reactive inside a computed. */
export function offeringItemsOf(store: TLStore, organisationId: TLShapeId): TLOfferingItem[] {
  return childRecordsOf(store, offeringItemTypeName, 'organisationId', organisationId)
}

/** A complete new item at the end of its kind's group. */
export function newOfferingItem(
  store: TLStore,
  fields: Pick<TLOfferingItem, 'organisationId' | 'kind' | 'text'> &
    Partial<Pick<TLOfferingItem, 'id' | 'cubeItemId'>>,
): TLOfferingItem {
  const group = offeringItemsOf(store, fields.organisationId).filter(
    (item) => item.kind === fields.kind,
  )
  return {
    id: fields.id ?? (`${offeringItemTypeName}:${crypto.randomUUID()}` as TLOfferingItemId),
    typeName: offeringItemTypeName,
    organisationId: fields.organisationId,
    kind: fields.kind,
    text: fields.text,
    cubeItemId: fields.cubeItemId ?? null,
    index: indexAfterLast(group),
    meta: {},
  }
}

/** The name an item shows: a picked cube service's current name, else its own text. */
export function offeringItemName(store: TLStore, item: TLOfferingItem): string {
  const cubeItem = item.cubeItemId ? store.get(item.cubeItemId) : undefined
  return cubeItem?.text || item.text
}
