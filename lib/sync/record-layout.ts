// How a tldraw record lives in the Y.Doc: one Y.Map per record, one entry per field.
import * as Y from 'yjs'

/**
 * How a tldraw record lives in the Y.Doc: one Y.Map per record, one entry per field, and
 * `props` and `meta` as nested Y.Maps. Two people changing two different fields of one
 * shape (one moves it, the other recolours it) therefore both keep their change.
 */

/** Names of the shared types in a board's Y.Doc. */
export const docLayout = {
  /** record id → Y.Map of the record's fields */
  records: 'tl_records',
  /** `schema`: the tldraw schema the records are written in */
  meta: 'tl_meta',
} as const

/** A record as plain JSON, whatever its type. */
export interface JsonRecord {
  id: string
  typeName: string
  [field: string]: unknown
}

/** Fields whose own keys merge one by one. */
const nestedFields = new Set(['props', 'meta'])

/** A new Y.Map holding the record, for `records.set(record.id, …)`. */
export function recordToYMap(record: JsonRecord): Y.Map<unknown> {
  const yRecord = new Y.Map<unknown>()
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue
    yRecord.set(
      field,
      nestedFields.has(field) && isPlainObject(value) ? objectToYMap(value) : value,
    )
  }
  return yRecord
}

/** Writes only the fields that differ between `before` and `after` into the Y.Map. */
export function updateYRecord(
  yRecord: Y.Map<unknown>,
  before: JsonRecord,
  after: JsonRecord,
): void {
  for (const field of unionOfKeys(before, after)) {
    const from = before[field]
    const to = after[field]
    if (from === to) continue
    if (to === undefined) {
      yRecord.delete(field)
      continue
    }
    const nested = yRecord.get(field)
    if (nestedFields.has(field) && nested instanceof Y.Map && isPlainObject(to)) {
      writeChangedKeys(nested, isPlainObject(from) ? from : {}, to)
      continue
    }
    if (!jsonEqual(from, to)) {
      yRecord.set(field, nestedFields.has(field) && isPlainObject(to) ? objectToYMap(to) : to)
    }
  }
}

/** Every record of a board's doc, as plain JSON (what the server reads without tldraw). */
export function recordsOfDoc(doc: Y.Doc): JsonRecord[] {
  const records: JsonRecord[] = []
  for (const yRecord of doc.getMap<Y.Map<unknown>>(docLayout.records).values()) {
    if (yRecord instanceof Y.Map) records.push(readYRecord(yRecord))
  }
  return records
}

/** The record a Y.Map holds, as plain JSON. */
export function readYRecord(yRecord: Y.Map<unknown>): JsonRecord {
  const record: Record<string, unknown> = {}
  for (const [field, value] of yRecord.entries()) {
    record[field] = value instanceof Y.Map ? value.toJSON() : value
  }
  return record as JsonRecord
}

function writeChangedKeys(
  yMap: Y.Map<unknown>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  for (const key of unionOfKeys(before, after)) {
    const to = after[key]
    if (to === undefined) {
      if (yMap.has(key)) yMap.delete(key)
    } else if (before[key] !== to && !jsonEqual(before[key], to)) {
      yMap.set(key, to)
    }
  }
}

function objectToYMap(value: Record<string, unknown>): Y.Map<unknown> {
  const yMap = new Y.Map<unknown>()
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) yMap.set(key, entry)
  }
  return yMap
}

function unionOfKeys(a: object, b: object): Set<string> {
  return new Set([...Object.keys(a), ...Object.keys(b)])
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep equality of JSON values (records are JSON; key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) =>
    jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
