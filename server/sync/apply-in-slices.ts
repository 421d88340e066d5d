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
 * At most this many stored updates, or bytes of them, are applied in one turn of the loop:
 * 500 edits, or a few of a snapshot's pieces (`statePieces`, 500 structs each, about a
 * millisecond).
 */
export const loadSlice = { updates: 500, bytes: 32 << 10 }

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
  for (const slice of loadSlices(updates)) {
    if (slice.start > 0) await new Promise((resolve) => setImmediate(resolve))
    doc.transact(() => {
      for (let index = slice.start; index < slice.end; index++) {
        Y.applyUpdate(doc, updates[index]!, origin)
      }
    }, origin)
  }
}

/** Consecutive runs of `updates` within the load slice's limits (a larger update alone). */
function* loadSlices(updates: readonly Uint8Array[]): Generator<{ start: number; end: number }> {
  let start = 0
  while (start < updates.length) {
    let end = start
    let bytes = 0
    while (end < updates.length && end - start < loadSlice.updates) {
      bytes += updates[end]!.byteLength
      if (end > start && bytes > loadSlice.bytes) break
      end++
    }
    yield { start, end }
    start = end
  }
}
