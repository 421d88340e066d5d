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

/** A tick: who sent it and when (performance.now() of this process, where every client lives). */
interface Tick {
  sentAt: number
  seq: number
}

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
 * `durationMs`; every other client records how long each tick took to reach it. Deliveries
 * later than `graceMs` after the slice count as lost.
 */
export async function runSpreadSlice(
  room: SpreadRoom,
  options: { durationMs: number; rateHz: number; graceMs: number },
): Promise<SpreadSlice> {
  const latenciesMs: number[] = []
  let delivered = 0
  const observers = room.clients.map((client, index) => {
    const ticks = client.doc.getMap<Tick>('cluster-bench')
    const seen = new Map<string, number>()
    const observer = (event: Y.YMapEvent<Tick>) => {
      const now = performance.now()
      for (const key of event.keysChanged) {
        if (key === `w${index}`) continue
        const tick = ticks.get(key)
        if (!tick || (seen.get(key) ?? -1) >= tick.seq) continue
        seen.set(key, tick.seq)
        delivered++
        latenciesMs.push(now - tick.sentAt)
      }
    }
    ticks.observe(observer)
    return () => ticks.unobserve(observer)
  })
  let sent = 0
  let seq = 0
  const timers = room.clients.slice(0, room.writers).map((writer, index) =>
    // Writers start spread over one period, as people do not type in step.
    setTimeout(
      () => {
        const write = () => {
          sent++
          writer.doc
            .getMap<Tick>('cluster-bench')
            .set(`w${index}`, { sentAt: performance.now(), seq: ++seq })
        }
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
