import type { BrowserContext } from '@playwright/test'
import { newProbedPage } from './browser'
import { metricsDelta, readMainThreadMetrics, type MainThreadMetrics } from './main-thread-metrics'
import { waitForOpen, type OpenTimes } from './page-probe'

/** One open of a board in a fresh page; times in ms since navigation start. */
export interface OpenSample {
  /** The first open of this board: not in the medians. */
  warmup: boolean
  /** Null when the page did not show every shape in time. */
  times: OpenTimes | null
  /** How many shapes were shown (all of them, unless the open gave up). */
  shapesSeen: number
  /** The page's main thread from before the navigation until the board was editable. */
  mainThread: MainThreadMetrics
}

/**
 * Opens the board `1 + repeats` times, each in a fresh page of the same context (signed
 * in, scripts cached), and reads the page's own timeline: navigation start to the frame
 * that painted the last shape, and on to the board being editable. The first open warms up
 * the board's path and is kept apart.
 */
export async function measureOpens(
  context: BrowserContext,
  boardUrl: string,
  expectedShapes: number,
  options: { repeats: number; timeoutMs: number },
): Promise<OpenSample[]> {
  const samples: OpenSample[] = []
  for (let index = 0; index <= options.repeats; index++) {
    const page = await newProbedPage(context, expectedShapes)
    try {
      const metrics = await readMainThreadMetrics(context, page)
      const before = await metrics.read()
      await page.goto(boardUrl, { waitUntil: 'commit' })
      const result = await waitForOpen(page, options.timeoutMs)
      const mainThread = metricsDelta(before, await metrics.read())
      await metrics.detach()
      samples.push(
        'incomplete' in result
          ? { warmup: index === 0, times: null, shapesSeen: result.shapesSeen, mainThread }
          : { warmup: index === 0, times: result, shapesSeen: expectedShapes, mainThread },
      )
    } finally {
      await page.close()
    }
  }
  return samples
}
