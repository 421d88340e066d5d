// The model of an open board's doc as it stands now, derived once per state of its records.
import * as Y from 'yjs'
import { docLayout } from '@/lib/sync/record-layout'

interface Derived {
  /** The model JSON, or the derivation under way. */
  model: Promise<string>
  /** Whether the records changed after the state this model was derived from was encoded. */
  stale: boolean
}

/**
 * Derives the model of an open board's doc as it stands, and hands the same model to
 * everyone who asks until the board's records change: the keeper storing it, each member
 * leaving (what they saw), the app's pages and API. Encoding a large board's state takes
 * tens of milliseconds on the event loop (a 2,000-shape board: 30–60 ms): at the end of a
 * workshop everyone leaves within seconds, and each leaving member's "what they saw" paid
 * that, once per member, while every other board waited. A change to anything but the
 * records (a session's timer, a vote) does not touch the model and keeps it.
 */
export class CurrentModels {
  private readonly derived = new WeakMap<Y.Doc, Derived>()

  constructor(private readonly derive: (state: Uint8Array) => Promise<string>) {}

  of(doc: Y.Doc): Promise<string> {
    const known = this.derived.get(doc)
    if (known && !known.stale) return known.model
    if (!known) {
      // Once per doc; the doc (and its listener) goes when its room unloads.
      doc.getMap(docLayout.records).observeDeep(() => {
        const current = this.derived.get(doc)
        if (current) current.stale = true
      })
    }
    let model: Promise<string>
    try {
      model = this.derive(Y.encodeStateAsUpdate(doc))
    } catch (error) {
      model = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    const entry: Derived = { model, stale: false }
    // A failed derivation is not kept: the next one asks again.
    entry.model.catch(() => {
      if (this.derived.get(doc) === entry) entry.stale = true
    })
    this.derived.set(doc, entry)
    return entry.model
  }
}
