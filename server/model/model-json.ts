// A board's model as storable JSON, read from its doc updates (in the model worker, or in tests on their own thread).
import { modelFromRecords, storableJson } from '@/lib/model'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { readDocOf } from '../sync/apply-in-slices'

/** The model the updates hold, as JSON PostgreSQL can store (see lib/model `storableJson`). */
export function modelJsonOf(updates: readonly Uint8Array[]): string {
  return readDocOf(updates, (doc) => storableJson(modelFromRecords(recordsOfDoc(doc))))
}
