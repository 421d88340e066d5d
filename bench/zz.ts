import * as Y from 'yjs'
import { editHistory } from '/work/main/bench/sync-fanout/board-setup'
const history = editHistory(10000)
const snapshot = Y.mergeUpdates(history)
for (let round = 0; round < 3; round++) {
  let t = performance.now()
  const a = new Y.Doc(); a.transact(() => { for (const u of history) Y.applyUpdate(a, u) })
  const applyLog = performance.now() - t
  t = performance.now()
  for (const u of history) Y.decodeUpdate(u)
  const decodeLog = performance.now() - t
  t = performance.now()
  const merged = Y.mergeUpdates(history)
  const merge = performance.now() - t
  t = performance.now()
  const b = new Y.Doc(); Y.applyUpdate(b, snapshot)
  const applySnap = performance.now() - t
  t = performance.now()
  const enc = Y.encodeStateAsUpdate(b)
  const encode = performance.now() - t
  t = performance.now()
  Y.encodeStateVector(b)
  console.log({ applyLog, decodeLog, merge, applySnap, encode, bytes: enc.length, snapBytes: snapshot.length, mergedBytes: merged.length })
}
