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
  for (const struct of update.structs) {
    const { client, clock } = struct.id
    const upTo = heldUpTo(doc, held, client)
    if (clock > upTo) return `it continues client ${client} at clock ${clock}, after ${upTo}`
    // A skip marks clocks the update leaves out: only what follows it can show a gap.
    if (struct instanceof Y.Skip) continue
    if (clock + struct.length > upTo) held.set(client, clock + struct.length)
  }
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue
    const missing =
      missingReference(doc, held, struct.origin) ??
      missingReference(doc, held, struct.rightOrigin) ??
      missingReference(doc, held, struct.parent instanceof Y.ID ? struct.parent : null)
    if (missing) return missing
  }
  for (const [client, deletions] of update.ds.clients) {
    const upTo = heldUpTo(doc, held, client)
    for (const { clock, len } of deletions) {
      if (clock + len > upTo) {
        return `it deletes clocks ${clock}–${clock + len - 1} of client ${client}, which the board does not have`
      }
    }
  }
  return null
}

// The helpers below are module functions, not closures inside `missingDependency`: it runs
// for every update a client sends, and the server's loader (tsx) names each closure as it is
// made (a property defined on each): 320 ns a call with the closures, 30 ns without.

/** Up to which clock of `client` the doc and the update read so far (`held`) hold together. */
function heldUpTo(doc: Y.Doc, held: Map<number, number>, client: number): number {
  return held.get(client) ?? Y.getState(doc.store, client)
}

/** Why `reference` (an item's origin or parent) is missing, or null when it is there. */
function missingReference(
  doc: Y.Doc,
  held: Map<number, number>,
  reference: Y.ID | null,
): string | null {
  if (!reference || reference.clock < heldUpTo(doc, held, reference.client)) return null
  return `it builds on clock ${reference.clock} of client ${reference.client}, which the board does not have`
}

/** Whether a doc holds state it could not integrate yet (structs after a gap, deletions ahead). */
export function holdsPendingState(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
}
