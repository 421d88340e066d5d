import * as Y from 'yjs'
import type { TLRecord } from 'tldraw'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import { modelFromRecords } from '@/lib/model'
import { StoreBinding } from '@/lib/sync/store-binding'
import { documentRecords, newStore } from './tldraw-stores'

/**
 * A board seeded with `records` (a template, or a model's records) as a participant's store
 * holds it after the first sync, with its model and the records the binding had to skip.
 */
export function seededBoard(records: TLRecord[]) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, boardSeedUpdate(records))
  const store = newStore()
  const skipped: string[] = []
  new StoreBinding({ store, doc, onSkippedRecord: (id) => skipped.push(id) }).start()
  return { store, skipped, model: modelFromRecords(documentRecords(store)) }
}
