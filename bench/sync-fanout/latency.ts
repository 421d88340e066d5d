import type * as Y from 'yjs'
import { connectClients, disconnectClients, type BenchClient } from './clients'
import type { SyncEndpoint } from './servers'
import { sleep, waitUntil } from '../shared/wait'

/** What the writer puts in the shared map, one key per sequence number. */
interface Tick {
  /** performance.now() of the writer; receivers live in the same process, on the same clock. */
  sentAt: number
  x: number
  y: number
}

/** One board with N stock clients: the first one writes, the others receive. */
export interface FanoutRoom {
  endpoint: SyncEndpoint
  writer: BenchClient
  receivers: BenchClient[]
  nextSeq: number
  slice: SliceRecorder | null
}

interface SliceRecorder {
  firstSeq: number
  /** Sequence numbers each receiver has seen: deliveries are distinct (receiver, seq) pairs. */
  seen: Set<number>[]
  delivered: number
  latenciesMs: number[]
}

/** What one writing slice produced. */
export interface SliceResult {
  sent: number
  expected: number
  delivered: number
  latenciesMs: number[]
  writingMs: number
}

/** Connects `clients` stock clients (the writer included) to one board and wires the receivers. */
export async function openFanoutRoom(
  endpoint: SyncEndpoint,
  boardId: string,
  clients: number,
): Promise<FanoutRoom> {
  const [writer, ...receivers] = await connectClients(endpoint, Array(clients).fill(boardId))
  const room: FanoutRoom = { endpoint, writer: writer!, receivers, nextSeq: 0, slice: null }
  receivers.forEach((receiver, index) => observeTicks(room, receiver.doc, index))
  return room
}

/** Disconnects every client of the room. */
export function closeFanoutRoom(room: FanoutRoom): void {
  disconnectClients([room.writer, ...room.receivers])
}

/**
 * The writer sends one real Yjs update (a map entry with its send time) every 1/rateHz s
 * for `durationMs`; then the receivers get up to `graceMs` to catch up. Deliveries after
 * that count as lost, so slices never overlap.
 */
export async function runSlice(
  room: FanoutRoom,
  options: { durationMs: number; rateHz: number; graceMs: number },
): Promise<SliceResult> {
  const recorder: SliceRecorder = {
    firstSeq: room.nextSeq,
    seen: room.receivers.map(() => new Set()),
    delivered: 0,
    latenciesMs: [],
  }
  room.slice = recorder
  const ticks = room.writer.doc.getMap<Tick>('bench')
  let sent = 0
  const startedAt = performance.now()
  const timer = setInterval(() => {
    const seq = room.nextSeq++
    sent++
    ticks.set(String(seq), { sentAt: performance.now(), x: seq % 1000, y: (seq * 7) % 700 })
  }, 1000 / options.rateHz)
  await sleep(options.durationMs)
  clearInterval(timer)
  const writingMs = performance.now() - startedAt
  const expected = sent * room.receivers.length
  await waitUntil(() => recorder.delivered >= expected, options.graceMs)
  room.slice = null
  return {
    sent,
    expected,
    delivered: recorder.delivered,
    latenciesMs: recorder.latenciesMs,
    writingMs,
  }
}

function observeTicks(room: FanoutRoom, doc: Y.Doc, receiverIndex: number): void {
  const ticks = doc.getMap<Tick>('bench')
  ticks.observe((event) => {
    const now = performance.now()
    const slice = room.slice
    if (!slice) return
    const seen = slice.seen[receiverIndex]!
    for (const key of event.keysChanged) {
      const seq = Number(key)
      const tick = ticks.get(key)
      if (seq < slice.firstSeq || !tick || seen.has(seq)) continue
      seen.add(seq)
      slice.delivered++
      slice.latenciesMs.push(now - tick.sentAt)
    }
  })
}
