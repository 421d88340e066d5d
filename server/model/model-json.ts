// A board's model as storable JSON, read from its doc updates (in the model worker, or in tests on their own thread).
import * as Y from 'yjs'
import { modelFromRecords, storableJson } from '@/lib/model'
import { recordsOfDoc } from '@/lib/sync/record-layout'

/** The model the updates hold, as JSON PostgreSQL can store (see lib/model `storableJson`). */
export function modelJsonOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    return storableJson(modelFromRecords(recordsOfDoc(doc)))
  } finally {
    doc.destroy()
  }
}
