// The first doc update of a new board, built with tldraw's store (server process only: Next never bundles it).
import * as Y from 'yjs'
import {
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLRecord,
  type TLStore,
} from 'tldraw'
import type { AgendaStep } from '../facilitation/session-state'
import { sessionMapName } from '../facilitation/session-state'
import { createBoardStore, firstPageId, type ShapeSchema } from '../shapes'
import { StoreBinding } from '../sync/store-binding'

/**
 * A board store with its document and first page, as tldraw makes them for a new board; of
 * these shapes (every shape when absent).
 */
export function newBoardStore(shapes?: readonly ShapeSchema[]): TLStore {
  const store = createBoardStore({ shapes })
  store.put([
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: firstPageId, name: 'Page 1', index: 'a1' as IndexKey }),
  ])
  return store
}

/**
 * The first update of a new board's doc, holding `records` laid out as the binding writes
 * them (with the schema they are in) and the session's suggested agenda. Every record is
 * validated on the way in, so a bad template or import fails here, on the server, and not
 * in participants' browsers.
 */
export function boardSeedUpdate(
  records: TLRecord[],
  agenda: readonly AgendaStep[] = [],
  shapes?: readonly ShapeSchema[],
): Uint8Array {
  const store = newBoardStore(shapes)
  store.put(records)
  const doc = new Y.Doc()
  const binding = new StoreBinding({ store, doc })
  binding.start()
  binding.dispose()
  if (agenda.length > 0) doc.getMap(sessionMapName).set('agenda', agenda)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}
