import type { FanoutPlan } from './fanout'

/** How much each phase does; the full plan is meant to finish in about five minutes. */
export interface BenchPlan {
  fanout: FanoutPlan
  memory: {
    /** Idle boards opened while RSS is sampled. */
    boards: number
    /** Boards opened and closed before the baseline sample. */
    warmupBoards: number
    /** RSS samples after the baseline, evenly spread over `boards`. */
    steps: number
  }
  coldLoad: {
    /** Updates in the history of a cold-loaded board, one log row each. */
    updates: number
    /** Boards loaded of each kind (log, snapshot); each board is loaded only once. */
    repeats: number
  }
}

/** The plan of a real run, or (quick) a small one for checking the bench itself. */
export function benchPlan(quick: boolean): BenchPlan {
  return {
    fanout: {
      clientCounts: quick ? [2, 10] : [2, 10, 50, 100],
      rounds: quick ? 2 : 8,
      sliceMs: 1000,
      warmupMs: 500,
      rateHz: 50,
      graceMs: 2000,
    },
    memory: { boards: quick ? 100 : 1000, warmupBoards: 20, steps: 4 },
    coldLoad: { updates: quick ? 1000 : 10_000, repeats: quick ? 1 : 5 },
  }
}
