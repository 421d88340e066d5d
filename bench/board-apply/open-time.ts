import type { BrowserContext, Page } from '@playwright/test'
import { newProbedPage } from './browser'
import { metricsDelta, readMainThreadMetrics, type MainThreadMetrics } from './main-thread-metrics'
import { startOpenAtClick, waitForOpen, type OpenTimes } from './page-probe'

/**
 * How the participant opens the board: its link in the board list (a client-side
 * navigation in the same tab, how people come back to their boards), or its address in a
 * new tab (an invite link or a bookmark: a whole page load).
 */
export type OpenRoute = 'board list' | 'new tab'

export const openRoutes: readonly OpenRoute[] = ['board list', 'new tab']

/** One open of a board in a fresh page. */
export interface OpenSample {
  route: OpenRoute
  /** The first open of this board by this route: not in the medians. */
  warmup: boolean
  /** Null when the page did not show every shape, or did not sync, in time. */
  times: OpenTimes | null
  /** How many shapes were shown (all of them, unless the open gave up). */
  shapesSeen: number
  /** The page's main thread from the start of the open until the board was editable. */
  mainThread: MainThreadMetrics
}

/** The board being opened, as the board list and the address bar know it. */
export interface OpenTarget {
  baseUrl: string
  boardId: string
  title: string
  shapes: number
}

/**
 * Opens the board `1 + repeats` times by one route, each in a fresh page of the same
 * context (signed in, scripts cached), and reads the page's own timeline: from the start
 * of the open to the frame that painted the last shape, and on to the board being
 * editable. The first open warms up the route and is kept apart.
 */
export async function measureOpens(
  context: BrowserContext,
  board: OpenTarget,
  route: OpenRoute,
  options: { repeats: number; timeoutMs: number },
): Promise<OpenSample[]> {
  const samples: OpenSample[] = []
  for (let index = 0; index <= options.repeats; index++) {
    const page = await newProbedPage(context, board.shapes)
    try {
      const startOpen = await prepareOpen(page, board, route)
      const metrics = await readMainThreadMetrics(context, page)
      const before = await metrics.read()
      await startOpen()
      const result = await waitForOpen(page, options.timeoutMs)
      const mainThread = metricsDelta(before, await metrics.read())
      await metrics.detach()
      const warmup = index === 0
      samples.push(
        'incomplete' in result
          ? { route, warmup, times: null, shapesSeen: result.shapesSeen, mainThread }
          : { route, warmup, times: result, shapesSeen: board.shapes, mainThread },
      )
    } finally {
      await page.close()
    }
  }
  return samples
}

/** Gets the page ready to open the board by the route; resolves to what starts the open. */
async function prepareOpen(
  page: Page,
  board: OpenTarget,
  route: OpenRoute,
): Promise<() => Promise<void>> {
  const boardUrl = `${board.baseUrl}/b/${board.boardId}`
  if (route === 'new tab') {
    return async () => void (await page.goto(boardUrl, { waitUntil: 'commit' }))
  }
  await page.goto(`${board.baseUrl}/`)
  const link = page.getByRole('link', { name: board.title, exact: true })
  await link.waitFor()
  // The list at rest, as a person finds it before they click.
  await page.waitForLoadState('networkidle')
  await startOpenAtClick(page)
  return () => link.click()
}
