// Stored updates applied to a doc: at once (off the event loop, or when few), or a slice at a time.
import * as Y from 'yjs'

/**
 * Reads a new doc that holds `updates`, applied in one transaction, and frees it after:
 * for a board read from storage (a model, an export, a folded log). A large board costs its
 * thread tens of milliseconds, so the server does this in a worker or for small docs only.
 */
export function readDocOf<T>(updates: readonly Uint8Array[], read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    return read(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * A turn of the loop applies at most this many stored updates, bytes of them, or
 * milliseconds: 500 edits, or a few of a snapshot's pieces (`statePieces`, 500 structs
 * each, about a millisecond). The time limit is for a process whose code is still cold,
 * where the same slice took ten times as long, and a busy machine.
 */
export const loadSlice = { updates: 500, bytes: 32 << 10, ms: 5 }

/**
 * Applies `updates` in order, each slice in one transaction with `origin`, waiting for a
 * turn of the event loop between slices: 10,000 updates applied at once held every other
 * board's sync for 50–120 ms. The result is the doc one transaction would make.
 */
export async function applyInSlices(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  origin: unknown = null,
): Promise<void> {
  let next = 0
  while (next < updates.length) {
    if (next > 0) await new Promise((resolve) => setImmediate(resolve))
    const first = next
    const started = performance.now()
    let bytes = 0
    doc.transact(() => {
      // Each slice takes at least one update, however large.
      while (next < updates.length) {
        const update = updates[next]!
        bytes += update.byteLength
        const full =
          next - first >= loadSlice.updates ||
          bytes > loadSlice.bytes ||
          performance.now() - started >= loadSlice.ms
        if (next > first && full) break
        Y.applyUpdate(doc, update, origin)
        next++
      }
    }, origin)
  }
}
