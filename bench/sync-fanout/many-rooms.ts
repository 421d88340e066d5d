// Many rooms at once: each board with two clients who both edit once a second, for every server in turn.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type * as Y from 'yjs'
import { connectClients, disconnectClients, type BenchClient } from './clients'
import type { BenchServer } from './servers'
import { percentile, rotation } from './stats'
import { sleep } from '../shared/wait'

export interface ManyRoomsPlan {
  rooms: number
  /** Each client's edits per second (every client writes, to its own key). */
  rateHz: number
  /** Alternating rounds: each gives every server one slice, who goes first rotating. */
  rounds: number
  sliceMs: number
  /** Writing before each measured slice, so timers and caches are warm. */
  warmupMs: number
  graceMs: number
}

/** A server with its boards for this phase (one per room). */
export interface ManyRoomsTarget {
  server: BenchServer
  boardIds: readonly string[]
}

/** One server's slice in one round. */
export interface ManyRoomsSlice {
  p50Ms: number
  p99Ms: number
  /** Server CPU over the slice, in % of one core. */
  cpuPercent: number
  /** The server's event-loop delay over the slice. */
  loopP99Ms: number
  loopMaxMs: number
  sent: number
  delivered: number
  /** This process's own event-loop p99: when it is high, the clients, not the server, fell behind. */
  clientLoopP99Ms: number
}

export interface ManyRoomsFigures {
  server: string
  /** In round order. */
  slices: ManyRoomsSlice[]
}

interface Tick {
  sentAt: number
  seq: number
}

interface Pair {
  clients: [BenchClient, BenchClient]
}

/**
 * Connects every server's rooms (two clients each) before the first round and keeps them
 * open, then gives the servers one writing slice each per round, in an order that rotates.
 */
export async function measureManyRooms(
  targets: readonly ManyRoomsTarget[],
  plan: ManyRoomsPlan,
  progress: (line: string) => void,
): Promise<ManyRoomsFigures[]> {
  const pairsOf: Pair[][] = []
  try {
    for (const { server, boardIds } of targets) {
      const ids = boardIds.slice(0, plan.rooms).flatMap((id) => [id, id])
      const clients = await connectClients(server, ids, 100)
      const pairs: Pair[] = []
      for (let index = 0; index < clients.length; index += 2) {
        pairs.push({ clients: [clients[index]!, clients[index + 1]!] })
      }
      pairsOf.push(pairs)
      progress(`many rooms: ${server.label} has ${pairs.length} rooms open`)
    }
    const figures = targets.map(({ server }) => ({
      server: server.label,
      slices: [] as ManyRoomsSlice[],
    }))
    for (let round = 0; round < plan.rounds; round++) {
      for (const index of rotation(targets.length, round)) {
        const { server } = targets[index]!
        await server.waitUntilIdle(10_000)
        await runWriting(pairsOf[index]!, plan.rateHz, plan.warmupMs, plan.graceMs)
        await server.eventLoopDelay()
        const clientLoop = monitorEventLoopDelay({ resolution: 5 })
        clientLoop.enable()
        const cpuBefore = server.cpuMs()
        const startedAt = performance.now()
        const result = await runWriting(pairsOf[index]!, plan.rateHz, plan.sliceMs, plan.graceMs)
        const elapsedMs = performance.now() - startedAt
        clientLoop.disable()
        const loop = await server.eventLoopDelay()
        const slice: ManyRoomsSlice = {
          p50Ms: percentile(result.latenciesMs, 50),
          p99Ms: percentile(result.latenciesMs, 99),
          cpuPercent: ((server.cpuMs() - cpuBefore) / elapsedMs) * 100,
          loopP99Ms: loop.p99Ms,
          loopMaxMs: loop.maxMs,
          sent: result.sent,
          delivered: result.delivered,
          clientLoopP99Ms: clientLoop.percentile(99) / 1e6,
        }
        figures[index]!.slices.push(slice)
        progress(
          `many rooms round ${round + 1}: ${server.label} p99 ${slice.p99Ms.toFixed(0)} ms, ` +
            `CPU ${slice.cpuPercent.toFixed(0)} %, loop p99 ${slice.loopP99Ms.toFixed(0)} ms, ` +
            `${slice.delivered}/${slice.sent}, bench loop p99 ${slice.clientLoopP99Ms.toFixed(0)} ms`,
        )
      }
    }
    return figures
  } finally {
    pairsOf.forEach((pairs) => disconnectClients(pairs.flatMap((pair) => pair.clients)))
    await sleep(1000)
  }
}

/**
 * Every client of every pair sets its own key `rateHz` times a second for `durationMs`,
 * starting at a random point of the first period (people do not type in step); its peer
 * records how long each tick took. Deliveries after `graceMs` count as lost.
 */
async function runWriting(
  pairs: readonly Pair[],
  rateHz: number,
  durationMs: number,
  graceMs: number,
): Promise<{ sent: number; delivered: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = []
  let sent = 0
  let delivered = 0
  let seq = 0
  const stopWriting: (() => void)[] = []
  const stopObserving: (() => void)[] = []
  const periodMs = 1000 / rateHz
  for (const { clients } of pairs) {
    clients.forEach((client, side) => {
      const ticks = client.doc.getMap<Tick>('many-rooms')
      const peerKey = `c${1 - side}`
      let seen = -1
      const observer = (event: Y.YMapEvent<Tick>) => {
        if (!event.keysChanged.has(peerKey)) return
        const tick = ticks.get(peerKey)
        if (!tick || tick.seq <= seen) return
        seen = tick.seq
        delivered++
        latenciesMs.push(performance.now() - tick.sentAt)
      }
      ticks.observe(observer)
      let interval: NodeJS.Timeout | undefined
      const start = setTimeout(() => {
        const write = () => {
          sent++
          ticks.set(`c${side}`, { sentAt: performance.now(), seq: ++seq })
        }
        write()
        interval = setInterval(write, periodMs)
      }, Math.random() * periodMs)
      stopWriting.push(() => {
        clearTimeout(start)
        clearInterval(interval)
      })
      stopObserving.push(() => ticks.unobserve(observer))
    })
  }
  await sleep(durationMs)
  // Stop writing first, then give the last ticks their grace before unobserving.
  stopWriting.forEach((stop) => stop())
  const deadline = performance.now() + graceMs
  while (delivered < sent && performance.now() < deadline) await sleep(20)
  stopObserving.forEach((stop) => stop())
  return { sent, delivered, latenciesMs }
}
