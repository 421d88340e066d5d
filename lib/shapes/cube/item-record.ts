// Face items: the record of one thing written on a cube, its validator, migrations and queries.
import type { BaseRecord, RecordId } from '@tldraw/store'
import {
  createCustomRecordMigrationIds,
  createCustomRecordMigrationSequence,
  idValidator,
  type CustomRecordInfo,
  type TLShapeId,
  type TLStore,
} from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey, type JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import { indexAfterMoving } from '../shared/record-versions'
import {
  cubeFaces,
  cubeItemTypeName,
  faceItemKinds,
  faceOfItemKind,
  itemKindsByFace,
  type CubeFace,
  type FaceItemKind,
} from '@/lib/model'

export type TLCubeItemId = RecordId<TLCubeItem>

/**
 * One thing written on a cube's face. Each item is a record of its own, so two people
 * editing two items of one cube (or the text and the terms of one item) both keep their edit.
 */
export interface TLCubeItem extends BaseRecord<typeof cubeItemTypeName, TLCubeItemId> {
  /** The cube shape this item is written on. */
  cubeId: TLShapeId
  face: CubeFace
  kind: FaceItemKind
  text: string
  /** The promise or terms of a product or service; '' when none is written. */
  terms: string
  /** For a process step: the process item it belongs to; null for every other kind. */
  processId: TLCubeItemId | null
  /** Order within its group (cube, kind and process), as a fractional index. */
  index: IndexKey
  meta: JsonObject
}

declare module '@tldraw/tlschema' {
  interface TLGlobalRecordPropsMap {
    [cubeItemTypeName]: TLCubeItem
  }
}

const cubeItemIdValidator = idValidator<TLCubeItemId>(cubeItemTypeName)
const cubeShapeIdValidator = idValidator<TLShapeId>('shape')

/** Checks a whole item record, including that its kind belongs on its face. */
export const cubeItemValidator: T.Validator<TLCubeItem> = T.object({
  id: cubeItemIdValidator,
  typeName: T.literal(cubeItemTypeName),
  cubeId: cubeShapeIdValidator,
  face: T.literalEnum(...cubeFaces),
  kind: T.literalEnum(...faceItemKinds),
  text: T.string,
  terms: T.string,
  processId: cubeItemIdValidator.nullable(),
  index: T.indexKey,
  meta: T.jsonValue as T.ObjectValidator<JsonObject> as T.Validator<JsonObject>,
}).check((item) => {
  const kinds: readonly string[] = itemKindsByFace[item.face]
  if (!kinds.includes(item.kind)) {
    throw new Error(`a ${item.kind} does not belong on the ${item.face} face`)
  }
  if ((item.kind === 'process-step') !== (item.processId !== null)) {
    throw new Error('a process step needs its processId, and only a process step has one')
  }
})

/** Versions of the item record; every change of its fields adds one, with its `up`. */
export const cubeItemVersions = createCustomRecordMigrationIds(cubeItemTypeName, {
  Initial: 1,
})

/** Migrations of the item record (tldraw names the sequence `com.tldraw.cube_item`). */
export const cubeItemMigrations = createCustomRecordMigrationSequence({
  sequence: [
    {
      id: cubeItemVersions.Initial,
      // The first version: a record from before versioning already has these fields.
      up: (record) => record,
    },
  ],
})

/** What `createTLStore({ records })` needs to know about face items. */
export const cubeItemRecordInfo: CustomRecordInfo = {
  scope: 'document',
  validator: cubeItemValidator,
  migrations: cubeItemMigrations,
}

/** A new, stable item id (service links refer to items by it). */
export function createCubeItemId(): TLCubeItemId {
  return `${cubeItemTypeName}:${crypto.randomUUID()}` as TLCubeItemId
}

/** Whether a record is a face item. */
export function isCubeItem(record: { typeName: string }): record is TLCubeItem {
  return record.typeName === cubeItemTypeName
}

/**
 * The items of one cube, optionally of one face, in their order. Reactive: inside a
 * computed (e.g. `useValue`), it updates when the cube's items change.
 */
export function cubeItemsOf(store: TLStore, cubeId: TLShapeId, face?: CubeFace): TLCubeItem[] {
  // tldraw caches this index per store, so a board with many cubes is not scanned per cube.
  const ids = store.query.index(cubeItemTypeName, 'cubeId').get().get(cubeId)
  if (!ids) return []
  const items: TLCubeItem[] = []
  for (const id of ids) {
    const item = store.get(id)
    if (item && (face === undefined || item.face === face)) items.push(item)
  }
  return items.sort(byIndex)
}

/** Orders items by their fractional index, ties broken by id so every peer agrees. */
export function byIndex(a: TLCubeItem, b: TLCubeItem): number {
  if (a.index !== b.index) return a.index < b.index ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** One group of a cube's items (e.g. its services, or the steps of one process), in order. */
export function groupOf(
  store: TLStore,
  cubeId: TLShapeId,
  kind: FaceItemKind,
  processId: TLCubeItemId | null = null,
): TLCubeItem[] {
  return cubeItemsOf(store, cubeId).filter(
    (item) => item.kind === kind && item.processId === processId,
  )
}

/** A complete new item at the end of its group. */
export function newCubeItem(
  store: TLStore,
  fields: Pick<TLCubeItem, 'cubeId' | 'kind' | 'text'> &
    Partial<Pick<TLCubeItem, 'terms' | 'processId' | 'id'>>,
): TLCubeItem {
  const processId = fields.processId ?? null
  const group = groupOf(store, fields.cubeId, fields.kind, processId)
  const last = group.at(-1)
  return {
    id: fields.id ?? createCubeItemId(),
    typeName: cubeItemTypeName,
    cubeId: fields.cubeId,
    face: faceOfItemKind[fields.kind],
    kind: fields.kind,
    text: fields.text,
    terms: fields.terms ?? '',
    processId,
    index: last ? getIndexAbove(last.index) : getIndexAbove(null),
    meta: {},
  }
}

/** The index that puts `item` one place up (-1) or down (+1) in its group; null at an end. */
export function indexAfterMove(
  store: TLStore,
  item: TLCubeItem,
  direction: -1 | 1,
): IndexKey | null {
  return indexAfterMoving(groupOf(store, item.cubeId, item.kind, item.processId), item, direction)
}
