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

/** The doc's records and schema; null when it has none or too many. */
export function snapshotOfDoc(doc: Y.Doc): BoardSnapshot | null {
  const schema = doc.getMap(docLayout.meta).get('schema')
  const size = doc.getMap(docLayout.records).size
  if (schema === undefined || size === 0 || size > snapshotRecordLimit) return null
  return { schema, records: recordsOfDoc(doc) }
}
