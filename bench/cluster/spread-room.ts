import type * as Y from 'yjs'
import { connectSynced, disconnectClients, type BenchClient } from '../sync-fanout/clients'
import type { SyncEndpoint } from '../sync-fanout/servers'
import { sleep, waitUntil } from '../shared/wait'

/** One board whose stock clients are spread round-robin over several endpoints (instances). */
export interface SpreadRoom {
  clients: BenchClient[]
  /** How many of the clients write (the first ones); every client receives. */
  writers: number
}

/** What a measured slice delivered. */
export interface SpreadSlice {
  sent: number
  expected: number
  delivered: number
  latenciesMs: number[]
}

/** A writer's tick: its own sequence number (from 1); its send time stays in this process. */
interface Tick {
  seq: number
  /** Which slice sent it: a tick late from an earlier slice is not this one's. */
  slice: number
}

let slicesRun = 0

/** Connects `clients` stock clients to one board, client i on endpoint i mod n. */
export async function openSpreadRoom(
  endpoints: readonly SyncEndpoint[],
  boardId: string,
  clients: number,
  writers: number,
): Promise<SpreadRoom> {
  const connected: BenchClient[] = []
  for (let start = 0; start < clients; start += 25) {
    const batch = Array.from({ length: Math.min(25, clients - start) }, (_, i) =>
      connectSynced(endpoints[(start + i) % endpoints.length]!, boardId),
    )
    connected.push(...(await Promise.all(batch)))
  }
  return { clients: connected, writers }
}

export function closeSpreadRoom(room: SpreadRoom): void {
  disconnectClients(room.clients)
}

/**
 * Every writer sets its own key (`w<i>`) to a fresh tick `rateHz` times a second for
 * `durationMs`; every other client records how long each tick took to reach it. A client
 * that gets a writer's tick n after its tick m < n - 1 (a server may send a writer's
 * updates of one turn merged, and a map keeps only the last value) got ticks m + 1 … n
 * with it: each counts as delivered then, measured from its own send time. Deliveries
 * later than `graceMs` after the slice count as lost.
 */
export async function runSpreadSlice(
  room: SpreadRoom,
  options: { durationMs: number; rateHz: number; graceMs: number },
): Promise<SpreadSlice> {
  const slice = ++slicesRun
  const latenciesMs: number[] = []
  let delivered = 0
  /**
   * Per writer, the send time of each of its ticks (index: its seq), by performance.now()
   * of this process, where every client lives.
   */
  const sentAt: number[][] = Array.from({ length: room.writers }, () => [])
  const observers = room.clients.map((client, index) => {
    const ticks = client.doc.getMap<Tick>('cluster-bench')
    const seen = new Map<string, number>()
    const observer = (event: Y.YMapEvent<Tick>) => {
      const now = performance.now()
      for (const key of event.keysChanged) {
        if (key === `w${index}`) continue
        const tick = ticks.get(key)
        const before = seen.get(key) ?? 0
        if (!tick || tick.slice !== slice || before >= tick.seq) continue
        seen.set(key, tick.seq)
        const times = sentAt[Number(key.slice(1))]!
        for (let seq = before + 1; seq <= tick.seq; seq++) {
          delivered++
          latenciesMs.push(now - times[seq]!)
        }
      }
    }
    ticks.observe(observer)
    return () => ticks.unobserve(observer)
  })
  let sent = 0
  const timers = room.clients.slice(0, room.writers).map((writer, index) =>
    // Writers start spread over one period, as people do not type in step.
    setTimeout(
      () => {
        const times = sentAt[index]!
        const write = () => {
          sent++
          times.push(performance.now())
          writer.doc
            .getMap<Tick>('cluster-bench')
            .set(`w${index}`, { seq: times.length - 1, slice })
        }
        times.push(Number.NaN) // seq 0: never sent
        write()
        timers.push(setInterval(write, 1000 / options.rateHz))
      },
      (index * 1000) / options.rateHz / room.writers,
    ),
  )
  await sleep(options.durationMs)
  timers.forEach((timer) => clearInterval(timer))
  const expected = sent * (room.clients.length - 1)
  await waitUntil(() => delivered >= expected, options.graceMs)
  observers.forEach((stop) => stop())
  return { sent, expected, delivered, latenciesMs }
}
