import type { BrowserContext } from '@playwright/test'
import { newProbedPage } from './browser'
import { metricsDelta, readMainThreadMetrics, type MainThreadMetrics } from './main-thread-metrics'
import { armWatch, collectWatch, waitForOpen } from './page-probe'
import type { SeededBoard } from './remote-peer'
import { spreadIndices } from './shape-grid'
import { sleep } from '../shared/wait'

/** One window of the page's main thread: idle, or with one remote change in it. */
export interface ApplySample {
  /** Shapes moved by the change; 0 for an idle window. */
  moved: number
  round: number
  /** The first round warms up the apply path and is not in the medians. */
  warmup: boolean
  /** The main thread's work in the window. */
  mainThread: MainThreadMetrics
  /** From the change's WebSocket message to the task after the frame that showed it. */
  messageToPaintedMs: number | null
  /** From the message to every moved shape's new transform in the DOM. */
  messageToAppliedMs: number | null
  /** Every moved shape showed its move within the window (idle: no message came). */
  complete: boolean
}

/**
 * Opens the board in a fresh page and, round after round, gives it windows of `windowMs`
 * with nothing else happening: one idle, and one per batch size with a remote change moving
 * that many shapes (sent by the Node peer as one Yjs transaction). Chromium's counters of
 * main-thread work are read just before the change is sent and at the end of the window, so
 * everything the change causes (decoding, the store merge, React, style, layout, paint)
 * counts, whichever task it runs in; the idle windows, read the same way, are the baseline
 * to subtract (tldraw's own frame loop, the reads themselves).
 */
export async function measureApply(
  context: BrowserContext,
  boardUrl: string,
  board: SeededBoard,
  options: { batchSizes: readonly number[]; rounds: number; windowMs: number; timeoutMs: number },
): Promise<ApplySample[]> {
  const page = await newProbedPage(context, board.shapes.length)
  try {
    await page.goto(boardUrl, { waitUntil: 'commit' })
    const opened = await waitForOpen(page, options.timeoutMs)
    if ('incomplete' in opened) {
      throw new Error(`board ${board.boardId} showed ${opened.shapesSeen} shapes, not all`)
    }
    const metrics = await readMainThreadMetrics(context, page)
    // Lets the page finish whatever follows its first paint before round 0.
    await sleep(1000)
    const kinds = [0, ...options.batchSizes]
    const samples: ApplySample[] = []
    for (let round = 0; round <= options.rounds; round++) {
      // Rotates the order so that no batch size always follows the same one.
      for (const moved of kinds.map((_, index) => kinds[(index + round) % kinds.length]!)) {
        const indices = spreadIndices(board.shapes.length, Math.max(moved, 1), round)
        await armWatch(
          page,
          indices.map((index) => board.shapes[index]!.id),
        )
        const before = await metrics.read()
        const startedAt = performance.now()
        if (moved > 0) board.moveShapes(indices)
        await sleep(options.windowMs - (performance.now() - startedAt))
        const mainThread = metricsDelta(before, await metrics.read())
        const times = await collectWatch(page)
        const sinceMessage = (at: number | null) =>
          at === null || times.firstMessageAt === null ? null : at - times.firstMessageAt
        samples.push({
          moved,
          round,
          warmup: round === 0,
          mainThread,
          messageToPaintedMs: moved > 0 ? sinceMessage(times.paintedAt) : null,
          messageToAppliedMs: moved > 0 ? sinceMessage(times.appliedAt) : null,
          complete: moved > 0 ? times.paintedAt !== null : times.messages === 0,
        })
      }
    }
    await metrics.detach()
    return samples
  } finally {
    await page.close()
  }
}
