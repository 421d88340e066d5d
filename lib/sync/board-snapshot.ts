/**
 * A board's records as the server holds them when it renders the board page, for tldraw's first
 * frame.
 */
import type * as Y from 'yjs'
import { docLayout, recordsOfDoc, type JsonRecord } from './record-layout'

/**
 * A board's records as the server holds them while it renders the board page. The browser
 * shows them at once, read-only, while the doc is still on its way over the socket: the
 * board appears without waiting for the connection or for Yjs to take in the whole doc.
 */
export interface BoardSnapshot {
  /** The tldraw schema the records are written in (the doc's own `schema` entry). */
  schema: unknown
  records: JsonRecord[]
}

/**
 * Larger boards open without a snapshot: it rides in the page's HTML, beside the doc the
 * socket sends anyway, and past this size the extra bytes cost more than they save.
 */
export const snapshotRecordLimit = 5000

/**
 * The snapshot as the page carries it: one JSON string costs React's server payload far
 * less, on the server and in the browser, than hundreds of nested objects.
 */
export function snapshotJson(snapshot: BoardSnapshot): string {
  return JSON.stringify(snapshot)
}

/** The snapshot a page carries; null when it is not one. */
export function parseSnapshot(json: string): BoardSnapshot | null {
  try {
    const value: unknown = JSON.parse(json)
    if (typeof value !== 'object' || value === null) return null
    const { schema, records } = value as Partial<BoardSnapshot>
    return Array.isArray(records) ? { schema, records } : null
  } catch {
    return null
  }
}

/** The doc's records and schema; null when it has none or too many. */
export function snapshotOfDoc(doc: Y.Doc): BoardSnapshot | null {
  const schema = doc.getMap(docLayout.meta).get('schema')
  const size = doc.getMap(docLayout.records).size
  if (schema === undefined || size === 0 || size > snapshotRecordLimit) return null
  return { schema, records: recordsOfDoc(doc) }
}
