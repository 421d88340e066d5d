// Restores a saved state into a board's doc as one new change on top of it.
import * as Y from 'yjs'
import {
  docLayout,
  jsonEqual,
  readYRecord,
  recordsOfDoc,
  recordToYMap,
  updateYRecord,
} from './record-layout'

/**
 * Makes `target` hold exactly the records of a saved state, and the schema they are
 * written in, as one new change on top of its history: records the version lacks are
 * deleted, missing ones added, and changed ones get only their differing fields written.
 * Nothing of the history is lost, so the state before the restore can itself be restored.
 * Returns whether anything changed.
 */
export function restoreRecords(target: Y.Doc, versionState: Uint8Array, origin?: unknown): boolean {
  const version = new Y.Doc()
  Y.applyUpdate(version, versionState)
  const wanted = new Map(recordsOfDoc(version).map((record) => [record.id, record]))
  const schema: unknown = version.getMap(docLayout.meta).get('schema')
  version.destroy()
  const records = target.getMap<Y.Map<unknown>>(docLayout.records)
  const meta = target.getMap(docLayout.meta)
  let changed = false
  target.transact(() => {
    if (schema !== undefined && !jsonEqual(meta.get('schema'), schema)) {
      meta.set('schema', schema)
      changed = true
    }
    for (const [id, yRecord] of [...records.entries()]) {
      const record = wanted.get(id)
      if (!record) {
        records.delete(id)
        changed = true
        continue
      }
      const current = yRecord instanceof Y.Map ? readYRecord(yRecord) : null
      if (current && jsonEqual(current, record)) continue
      if (yRecord instanceof Y.Map && current) updateYRecord(yRecord, current, record)
      else records.set(id, recordToYMap(record))
      changed = true
    }
    for (const [id, record] of wanted) {
      if (records.has(id)) continue
      records.set(id, recordToYMap(record))
      changed = true
    }
  }, origin)
  return changed
}
