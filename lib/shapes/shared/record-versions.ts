/**
 * What the shapes' own record types share: first versions, meta validation, order by fractional
 * index.
 */
import {
  createCustomRecordMigrationIds,
  createCustomRecordMigrationSequence,
  type CustomRecordInfo,
  type TLRecord,
  type TLStore,
} from '@tldraw/tlschema'
import { getIndexAbove, getIndexBetween, type IndexKey, type JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'

/**
 * The versions, migrations and store info of a document record type at its first version.
 * Every later change of the record's fields adds a version and its `up` in the record's file.
 */
export function firstRecordVersion<Name extends string, R>(
  typeName: Name,
  validator: T.Validator<R>,
) {
  const versions = createCustomRecordMigrationIds(typeName, { Initial: 1 })
  const migrations = createCustomRecordMigrationSequence({
    sequence: [
      {
        id: versions.Initial,
        // The first version: a record from before versioning already has these fields.
        up: (record) => record,
      },
    ],
  })
  const recordInfo: CustomRecordInfo = { scope: 'document', validator, migrations }
  return { versions, migrations, recordInfo }
}

/** The `meta` field every record carries (free JSON for integrations), as tldraw checks it. */
export const recordMetaValidator =
  T.jsonValue as T.ObjectValidator<JsonObject> as T.Validator<JsonObject>

interface OrderedRecord {
  id: string
  index: IndexKey
}

/** Orders records by fractional index, ties broken by id so every peer agrees. */
export function byFractionalIndex(a: OrderedRecord, b: OrderedRecord): number {
  if (a.index !== b.index) return a.index < b.index ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The index that puts a new record after the last of `siblings`. */
export function indexAfterLast(siblings: readonly OrderedRecord[]): IndexKey {
  return getIndexAbove(siblings.at(-1)?.index ?? null)
}

/** Records that are not shapes: the kinds a shape may hold (needs, items, parts…). */
type HeldRecord = Exclude<TLRecord, { typeName: 'shape' }>

/** A record type held by a shape and listed in order on it. */
type ChildOf<TypeName extends HeldRecord['typeName']> = Extract<
  HeldRecord,
  { typeName: TypeName }
> &
  OrderedRecord

/**
 * The records of one type that belong to one shape (a persona's needs, an organisation's
 * items), in order. Reactive inside a computed; tldraw caches the index per store, so a
 * board with many shapes is not scanned per shape.
 */
export function childRecordsOf<TypeName extends HeldRecord['typeName']>(
  store: TLStore,
  typeName: TypeName,
  /** The record's field naming the shape, as its schema's `heldBy` says. */
  shapeField: string,
  shapeId: string,
): ChildOf<TypeName>[] {
  // Over every record type at once, the index's field type is too large for TypeScript to
  // work out.
  const ids = store.query
    .index(typeName, shapeField as never)
    .get()
    .get(shapeId as never)
  if (!ids) return []
  const records: ChildOf<TypeName>[] = []
  for (const id of ids) {
    // Generic over the type name, TypeScript cannot narrow `get`'s result by itself.
    const record = store.get(id) as ChildOf<TypeName> | undefined
    if (record) records.push(record)
  }
  return records.sort(byFractionalIndex)
}

/**
 * The index that moves `part` one place among `siblings` in `direction`; null at
 * either end. Every peer orders by the same index, so a move is one field of one record.
 */
export function indexAfterMoving(
  siblings: readonly { id: string; index: IndexKey }[],
  part: { id: string },
  direction: -1 | 1,
): IndexKey | null {
  const ordered = [...siblings].sort(byFractionalIndex)
  const at = ordered.findIndex((other) => other.id === part.id)
  if (at < 0) return null
  if (direction === -1) {
    if (at === 0) return null
    return getIndexBetween(ordered[at - 2]?.index ?? null, ordered[at - 1]!.index)
  }
  if (at === ordered.length - 1) return null
  return getIndexBetween(ordered[at + 1]!.index, ordered[at + 2]?.index ?? null)
}
