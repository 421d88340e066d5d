import {
  closeFanoutRoom,
  openFanoutRoom,
  runSlice,
  type FanoutRoom,
  type SliceResult,
} from './latency'
import type { BenchServer, EventLoopDelay } from './servers'
import { median, percentile, rotation } from './stats'
import { sleep } from '../shared/wait'

/** A server in the fanout comparison, with a fresh board for each client count. */
export interface FanoutTarget {
  server: BenchServer
  boardFor(clients: number): string
}

export interface FanoutPlan {
  clientCounts: readonly number[]
  /** Each round gives every server one slice, in an order that rotates from round to round. */
  rounds: number
  sliceMs: number
  warmupMs: number
  rateHz: number
  graceMs: number
}

/** Edit-to-peer figures of one server at one client count, all its slices together. */
export interface FanoutFigures {
  server: string
  clients: number
  sent: number
  expected: number
  delivered: number
  samples: number
  p50Ms: number
  p99Ms: number
  /** The writer's achieved rate; below the plan's rate when this process could not keep up. */
  sentPerSecond: number
  /** The server's event-loop delay: median over slices of each slice's p99, and the worst. */
  serverLoopDelayP99Ms: number
  serverLoopDelayMaxMs: number
  /** Server CPU (ms) per delivered update, all slices together. */
  cpuMsPerDelivery: number
  /** Each round's own figures, in round order: ratios are taken round by round. */
  rounds: { p50Ms: number; cpuMsPerDelivery: number }[]
}

type MeasuredSlice = SliceResult & { serverLoopDelay: EventLoopDelay; cpuMs: number }

/**
 * For each client count, connects that many stock clients to every server at once, then
 * alternates short writing slices between the servers, so that the shared machine's drift
 * hits all of them alike.
 */
export async function measureFanout(
  targets: readonly FanoutTarget[],
  plan: FanoutPlan,
  progress: (line: string) => void,
): Promise<FanoutFigures[]> {
  const figures: FanoutFigures[] = []
  for (const [countIndex, clients] of plan.clientCounts.entries()) {
    const rooms: FanoutRoom[] = []
    try {
      for (const target of targets) {
        rooms.push(await openFanoutRoom(target.server, target.boardFor(clients), clients))
      }
      for (const room of rooms) {
        await runSlice(room, { ...plan, durationMs: plan.warmupMs })
      }
      const slices = rooms.map((): MeasuredSlice[] => [])
      for (let round = 0; round < plan.rounds; round++) {
        for (const index of rotation(rooms.length, countIndex + round)) {
          const { server } = targets[index]!
          await server.eventLoopDelay()
          const cpuBefore = server.cpuMs()
          const slice = await runSlice(rooms[index]!, { ...plan, durationMs: plan.sliceMs })
          slices[index]!.push({
            ...slice,
            cpuMs: server.cpuMs() - cpuBefore,
            serverLoopDelay: await server.eventLoopDelay(),
          })
        }
      }
      rooms.forEach((room, index) => figures.push(summarize(room, clients, slices[index]!)))
      progress(
        `fanout N=${clients}: ` +
          figures
            .slice(-rooms.length)
            .map((row) => `${row.server} p50 ${row.p50Ms.toFixed(1)} ms`)
            .join(', '),
      )
    } finally {
      rooms.forEach(closeFanoutRoom)
    }
    // Lets the servers drop the rooms before the next count connects.
    await sleep(500)
  }
  return figures
}

function summarize(room: FanoutRoom, clients: number, slices: MeasuredSlice[]): FanoutFigures {
  const latencies = slices.flatMap((slice) => slice.latenciesMs)
  const sent = slices.reduce((sum, slice) => sum + slice.sent, 0)
  const writingMs = slices.reduce((sum, slice) => sum + slice.writingMs, 0)
  return {
    server: room.endpoint.label,
    clients,
    sent,
    expected: slices.reduce((sum, slice) => sum + slice.expected, 0),
    delivered: slices.reduce((sum, slice) => sum + slice.delivered, 0),
    samples: latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    sentPerSecond: (sent * 1000) / writingMs,
    serverLoopDelayP99Ms: median(slices.map((slice) => slice.serverLoopDelay.p99Ms)),
    serverLoopDelayMaxMs: Math.max(...slices.map((slice) => slice.serverLoopDelay.maxMs)),
    cpuMsPerDelivery: cpuPerDelivery(slices),
    rounds: slices.map((slice) => ({
      p50Ms: percentile(slice.latenciesMs, 50),
      cpuMsPerDelivery: cpuPerDelivery([slice]),
    })),
  }
}

function cpuPerDelivery(slices: readonly MeasuredSlice[]): number {
  const delivered = slices.reduce((sum, slice) => sum + slice.delivered, 0)
  return slices.reduce((sum, slice) => sum + slice.cpuMs, 0) / delivered
}
