// The all-writers knee: the smallest number of writers on one board at which a server fails the bar.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { closeSpreadRoom, openSpreadRoom, type SpreadRoom } from '../cluster/spread-room'
import { runSpreadSlice } from '../cluster/spread-room'
import type { SyncEndpoint } from './servers'
import { percentile, rotation } from './stats'

export interface KneePlan {
  /** Writer counts tried, smallest first; every writer also receives everyone else's ticks. */
  writerCounts: readonly number[]
  rateHz: number
  /** Slices per (server, N): each round gives every server still passing one slice. */
  slicesPerPoint: number
  sliceMs: number
  graceMs: number
  /** A point fails when its p99 (all its slices together) is over this, or a tick is lost. */
  barMs: number
}

/** A config under test: one server, or several instances of ours sharing a board. */
export interface KneeTarget {
  label: string
  endpoints: readonly SyncEndpoint[]
  newBoard(): Promise<string>
}

export interface KneePoint {
  writers: number
  p50Ms: number
  p99Ms: number
  /** Each slice's p99, in round order. */
  sliceP99Ms: number[]
  lost: number
  /**
   * This process's event-loop p99 over the point's slices: every client runs here, so when
   * it is high the clients fell behind, whatever the server did.
   */
  benchLoopP99Ms: number
  failed: boolean
}

export interface KneeFigures {
  label: string
  points: KneePoint[]
  /** The smallest N that failed; undefined when none of the tried counts failed. */
  firstFailing?: number
  /** The largest N tried below it (all passed). */
  lastPassing?: number
}

/**
 * Walks up the writer counts. At each N every config still passing gets a board of N
 * writers, and the configs take turns slice by slice (interleaved rounds), so the shared
 * machine's drift hits all alike. A config stops at the first N it fails.
 */
export async function measureKnee(
  targets: readonly KneeTarget[],
  plan: KneePlan,
  progress: (line: string) => void,
): Promise<KneeFigures[]> {
  const figures: KneeFigures[] = targets.map(({ label }) => ({ label, points: [] }))
  for (const [countIndex, writers] of plan.writerCounts.entries()) {
    const alive = targets.map((_, index) => index).filter((i) => !figures[i]!.firstFailing)
    if (alive.length === 0) break
    const rooms = new Map<number, SpreadRoom>()
    const slices = new Map(
      alive.map((index) => [index, [] as { p99: number; latencies: number[]; lost: number }[]]),
    )
    const benchLoops = new Map(
      alive.map((index) => [index, monitorEventLoopDelay({ resolution: 5 })]),
    )
    try {
      for (const index of alive) {
        const target = targets[index]!
        rooms.set(
          index,
          await openSpreadRoom(target.endpoints, await target.newBoard(), writers, writers),
        )
      }
      for (let round = 0; round < plan.slicesPerPoint; round++) {
        for (const turn of rotation(alive.length, countIndex + round)) {
          const index = alive[turn]!
          const benchLoop = benchLoops.get(index)!
          benchLoop.enable()
          const slice = await runSpreadSlice(rooms.get(index)!, {
            durationMs: plan.sliceMs,
            rateHz: plan.rateHz,
            graceMs: plan.graceMs,
          })
          benchLoop.disable()
          slices.get(index)!.push({
            p99: percentile(slice.latenciesMs, 99),
            latencies: slice.latenciesMs,
            lost: slice.expected - slice.delivered,
          })
        }
      }
    } finally {
      rooms.forEach(closeSpreadRoom)
    }
    for (const index of alive) {
      const measured = slices.get(index)!
      const latencies = measured.flatMap((slice) => slice.latencies)
      const lost = measured.reduce((sum, slice) => sum + slice.lost, 0)
      const p99Ms = percentile(latencies, 99)
      const point: KneePoint = {
        writers,
        p50Ms: percentile(latencies, 50),
        p99Ms,
        sliceP99Ms: measured.map((slice) => slice.p99),
        lost,
        benchLoopP99Ms: benchLoops.get(index)!.percentile(99) / 1e6,
        failed: !(p99Ms <= plan.barMs) || lost > 0,
      }
      const figure = figures[index]!
      figure.points.push(point)
      if (point.failed) figure.firstFailing = writers
      else figure.lastPassing = writers
      progress(
        `knee ${figure.label}: ${writers} writers p99 ${p99Ms.toFixed(1)} ms, lost ${lost}, ` +
          `bench loop p99 ${point.benchLoopP99Ms.toFixed(0)} ms` +
          (point.failed ? ' (fails)' : ''),
      )
    }
  }
  return figures
}
