// How much each phase of the sync bench does: a quick default of a few minutes, or the full run.
import type { FanoutPlan } from './fanout'
import type { KneePlan } from './knee'
import type { ManyRoomsPlan } from './many-rooms'

export interface BenchPlan {
  fanout: FanoutPlan
  manyRooms: ManyRoomsPlan
  knee: KneePlan
  memory: {
    /** Idle boards opened while the heap is sampled. */
    boards: number
    /** Boards opened and closed before the baseline sample. */
    warmupBoards: number
    /** Samples after the baseline, evenly spread over `boards`. */
    steps: number
  }
  coldLoad: {
    /** Updates in the history of a cold-loaded board, one log row each. */
    updates: number
    /** Rounds: boards loaded of each kind (log, snapshot) per server; each board is loaded once. */
    repeats: number
  }
}

/** The bench's phases; `--only=fanout,knee` runs some of them. */
export const phaseNames = ['fanout', 'many-rooms', 'knee', 'memory', 'cold-load'] as const
export type PhaseName = (typeof phaseNames)[number]

/** The plan of a full run (`--full`), or the quick default that finishes in a few minutes. */
export function benchPlan(full: boolean): BenchPlan {
  return {
    fanout: {
      clientCounts: full ? [2, 10, 50, 100, 200] : [2, 50],
      rounds: full ? 6 : 3,
      sliceMs: 1000,
      warmupMs: 500,
      rateHz: 50,
      graceMs: 2000,
    },
    manyRooms: {
      rooms: 1000,
      rateHz: 1,
      rounds: full ? 5 : 3,
      sliceMs: full ? 10_000 : 5000,
      warmupMs: 2000,
      graceMs: 3000,
    },
    knee: {
      writerCounts: full
        ? [8, 12, 16, 20, 24, 32, 40, 48, 56, 64, 72, 96]
        : [8, 16, 24, 32, 40, 48, 56, 64, 72, 96],
      rateHz: 20,
      slicesPerPoint: full ? 5 : 3,
      sliceMs: full ? 2000 : 1500,
      graceMs: 3000,
      barMs: 50,
    },
    memory: { boards: full ? 1000 : 300, warmupBoards: 20, steps: 4 },
    coldLoad: { updates: 10_000, repeats: full ? 5 : 3 },
  }
}
