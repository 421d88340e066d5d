// Keeps Yjs from encoding the updates a provider received, which only the provider's own listener would get, to drop them.
import type * as Y from 'yjs'

/** What this needs of a provider: its doc and its 'update' listener, which sends local updates. */
export interface UpdateSender {
  doc: Y.Doc
  _updateHandler(update: Uint8Array, origin: unknown): void
}

/**
 * Yjs encodes each transaction's update whenever the doc has an 'update' listener. In the
 * browser a board's doc has one, the y-websocket provider's, which sends local updates and
 * drops the ones it received itself (their origin is the provider). Encoding those is
 * wasted main-thread time: the whole board once at the first sync (about 100 ms for 2,000
 * shapes) and every peer's edit after that. Yjs emits 'afterTransactionCleanup' just before
 * it looks for 'update' listeners, so the provider's listener is taken off there for a
 * received update and put back for any other. Other 'update' listeners still get every
 * update. Returns what undoes it; call that before the provider is destroyed.
 */
export function encodeOnlyLocalUpdates(provider: UpdateSender): () => void {
  const { doc } = provider
  const sendLocal = provider._updateHandler
  let listening = true
  const beforeEncoding = (transaction: Y.Transaction) => {
    const wanted = transaction.origin !== provider
    if (wanted === listening) return
    listening = wanted
    if (wanted) doc.on('update', sendLocal)
    else doc.off('update', sendLocal)
  }
  doc.on('afterTransactionCleanup', beforeEncoding)
  return () => {
    doc.off('afterTransactionCleanup', beforeEncoding)
    if (!listening) doc.on('update', sendLocal)
  }
}
