// A board's stored state cut into pieces that apply one after another, each a short turn of the loop.
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'

/**
 * About this many structs per piece: applying one takes about a millisecond in a warm
 * process here (a 200-shape board with a 10,000-edit history is 25,600 structs, 35–130 ms
 * whole).
 */
export const pieceStructs = 500

type Placed = Y.Item | Y.GC

/**
 * The state `state` (one Yjs update, as `Y.encodeStateAsUpdate` makes it) as several
 * updates that, applied in order to an empty doc, make the same doc: a compacted board is
 * one update, and applying it held every other board on the instance for as long as it
 * took. Each piece holds structs whose references (left and right origin, parent) are in
 * it or in an earlier piece, so none waits in Yjs's pending structs; the deletions come
 * last, on their own. A state small enough, or one holding structs that wait for others it
 * lacks, stays whole.
 */
export function statePieces(state: Uint8Array, structsPerPiece = pieceStructs): Uint8Array[] {
  const { structs, ds } = Y.decodeUpdate(state)
  if (structs.length <= structsPerPiece || structs.some((struct) => struct instanceof Y.Skip)) {
    return [state]
  }
  const order = causalOrder(structs as Placed[])
  if (!order) return [state]
  const pieces: Uint8Array[] = []
  for (let start = 0; start < order.length; start += structsPerPiece) {
    pieces.push(encodeStructs(order.slice(start, start + structsPerPiece)))
  }
  if (ds.clients.size > 0) pieces.push(encodeDeletions(ds))
  return pieces
}

/**
 * The structs in an order in which each one's references come before it: each client's in
 * clock order, taken while what they build on has been taken. Null when some build on
 * something the state lacks (Yjs keeps those pending however they come).
 */
function causalOrder(structs: readonly Placed[]): Placed[] | null {
  const byClient = byClientOf(structs)
  const taken = new Map<number, number>()
  const has = (id: Y.ID | null): boolean => id === null || id.clock < (taken.get(id.client) ?? 0)
  const ready = (struct: Placed): boolean =>
    struct instanceof Y.GC ||
    (has(struct.origin) &&
      has(struct.rightOrigin) &&
      !(struct.parent instanceof Y.ID && !has(struct.parent)))
  const next = new Map<number, number>()
  const order: Placed[] = []
  for (let progress = true; progress;) {
    progress = false
    for (const [client, queue] of byClient) {
      let at = next.get(client) ?? 0
      while (at < queue.length && ready(queue[at]!)) {
        const struct = queue[at++]!
        order.push(struct)
        taken.set(client, struct.id.clock + struct.length)
        progress = true
      }
      next.set(client, at)
    }
  }
  return order.length === structs.length ? order : null
}

/**
 * One update holding `structs` and no deletions. A client's structs in a piece are a run of
 * consecutive clocks (each client's come in clock order), written as Yjs writes a client's
 * run: how many, the client, the first clock, then each struct whole.
 */
function encodeStructs(structs: readonly Placed[]): Uint8Array {
  const runs = byClientOf(structs)
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, runs.size)
  for (const [client, run] of runs) {
    encoding.writeVarUint(encoder.restEncoder, run.length)
    encoder.writeClient(client)
    encoding.writeVarUint(encoder.restEncoder, run[0]!.id.clock)
    for (const struct of run) struct.write(encoder, 0)
  }
  encoding.writeVarUint(encoder.restEncoder, 0)
  return encoder.toUint8Array()
}

/** Each client's structs, in the order they come. */
function byClientOf(structs: readonly Placed[]): Map<number, Placed[]> {
  const byClient = new Map<number, Placed[]>()
  for (const struct of structs) {
    const own = byClient.get(struct.id.client)
    if (own) own.push(struct)
    else byClient.set(struct.id.client, [struct])
  }
  return byClient
}

/** An update with no structs, deleting what `ds` says (written as Yjs writes a delete set). */
function encodeDeletions(ds: ReturnType<typeof Y.decodeUpdate>['ds']): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, 0)
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size)
  for (const [client, deleted] of ds.clients) {
    encoder.resetDsCurVal()
    encoding.writeVarUint(encoder.restEncoder, client)
    encoding.writeVarUint(encoder.restEncoder, deleted.length)
    for (const { clock, len } of deleted) {
      encoder.writeDsClock(clock)
      encoder.writeDsLen(len)
    }
  }
  return encoder.toUint8Array()
}
