// How much the board-apply bench does: a quick plan for checking it, or the full one.
import type { ComparisonPlan } from './bare-comparison'

/** How much the bench does; the full plan is meant to finish in about three minutes. */
export interface BenchPlan {
  /**
   * Shapes on each measured board, one board per count. The 1-shape board is the reference:
   * what opening any board costs, whatever it holds.
   */
  shapeCounts: readonly number[]
  /** Measured opens per board and route, each in a fresh page, after one warm-up open. */
  openRepeats: number
  /** Shapes moved in one remote change (a board gets those it has shapes for). */
  batchSizes: readonly number[]
  /** Measured rounds of remote changes per board, after one warm-up round. */
  applyRounds: number
  /**
   * Each change (and each idle sample) gets this long on the page's main thread, from just
   * before the change is sent: long enough for the update, the render and the frame after.
   */
  applyWindowMs: number
  /** A page that has not shown every shape by then is reported as incomplete. */
  openTimeoutMs: number
  /** The bar from the issue: a board of `shapes` opens in under `underMs`. */
  bar: { shapes: number; underMs: number }
  /** Boards (of those measured) also compared with a bare tldraw page of the same shapes. */
  comparison: ComparisonPlan & { shapeCounts: readonly number[] }
}

/** The plan of a real run, or (quick) a small one for checking the bench itself. */
export function benchPlan(quick: boolean): BenchPlan {
  return {
    shapeCounts: quick ? [1, 500] : [1, 500, 2000],
    openRepeats: quick ? 2 : 9,
    batchSizes: [1, 10, 100],
    applyRounds: quick ? 2 : 5,
    applyWindowMs: 1000,
    openTimeoutMs: 60_000,
    bar: { shapes: 500, underMs: 1000 },
    comparison: {
      shapeCounts: quick ? [500] : [500, 2000],
      rounds: quick ? 3 : 5,
      dragShapes: 100,
      dragHz: 30,
      dragMs: 3000,
      timeoutMs: 60_000,
    },
  }
}
