// What an update needs from a doc before Yjs can apply it whole: the clocks it builds on and deletes.
import * as Y from 'yjs'

/** An update as `Y.decodeUpdate` reads it: its structs and its delete set. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/**
 * The first thing `update` refers to that neither `doc` nor the update itself holds, in
 * words, or null when nothing is missing. Yjs keeps such an update as pending state (the
 * structs after a gap, the deletions of clocks not there yet) and applies it later, when
 * the missing clocks arrive from anyone: pending structs are sent to every newcomer, and a
 * pending deletion lands inside whichever transaction brings its clocks.
 */
export function missingDependency(doc: Y.Doc, update: DecodedUpdate): string | null {
  // Per client, the clocks the doc and the update hold together, from 0 up to here.
  const held = new Map<number, number>()
  const heldUpTo = (client: number) => held.get(client) ?? Y.getState(doc.store, client)
  for (const struct of update.structs) {
    const { client, clock } = struct.id
    const upTo = heldUpTo(client)
    if (clock > upTo) return `it continues client ${client} at clock ${clock}, after ${upTo}`
    // A skip marks clocks the update leaves out: only what follows it can show a gap.
    if (struct instanceof Y.Skip) continue
    if (clock + struct.length > upTo) held.set(client, clock + struct.length)
  }
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue
    const parent = struct.parent instanceof Y.ID ? struct.parent : null
    for (const reference of [struct.origin, struct.rightOrigin, parent]) {
      if (reference && reference.clock >= heldUpTo(reference.client)) {
        return `it builds on clock ${reference.clock} of client ${reference.client}, which the board does not have`
      }
    }
  }
  for (const [client, deletions] of update.ds.clients) {
    const upTo = heldUpTo(client)
    for (const { clock, len } of deletions) {
      if (clock + len > upTo) {
        return `it deletes clocks ${clock}–${clock + len - 1} of client ${client}, which the board does not have`
      }
    }
  }
  return null
}

/** Whether a doc holds state it could not integrate yet (structs after a gap, deletions ahead). */
export function holdsPendingState(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
}
