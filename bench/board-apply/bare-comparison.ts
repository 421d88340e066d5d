// Cubeboard's board page against a bare tldraw page with the same shapes: time to editable and fps under a remote drag.
import os from 'node:os'
import type { BrowserContext, Page } from '@playwright/test'
import { newProbedPage } from './browser'
import { waitForOpen } from './page-probe'
import type { SeededBoard } from './remote-peer'
import { spreadIndices } from './shape-grid'
import { spreadOf, type Spread } from './stats'
import { sleep } from '../shared/wait'

export interface ComparisonPlan {
  /** Rounds after one warm-up round; each opens both pages in a new tab, in turn. */
  rounds: number
  /** Shapes a remote peer drags, and how often it sends their positions. */
  dragShapes: number
  dragHz: number
  dragMs: number
  timeoutMs: number
}

/** A page under comparison: where it is and the peer that moves its shapes. */
export interface ComparedPage {
  label: string
  url: string
  board: SeededBoard
}

/** One page's figures in one round. */
export interface ComparedRound {
  /** Navigation start to the frame in which the board was open for editing. */
  editableMs: number
  /** Frames the page drew per second while the remote drag ran. */
  dragFps: number
}

export interface ComparisonFigures {
  shapes: number
  /** Per page label, measured rounds in order (the warm-up left out). */
  rounds: Record<string, ComparedRound[]>
  /** Cubeboard over bare tldraw, round by round. */
  editableRatio: Spread
  fpsRatio: Spread
  /** The machine's 1-minute load average as the comparison started and as it ended. */
  loadAverage: { before: number; after: number }
}

/**
 * Opens each page in a new tab (who goes first alternates by round), waits until it is
 * editable, then lets a remote peer drag `dragShapes` of its shapes at `dragHz` while the
 * page counts its animation frames.
 */
export async function comparePages(
  context: BrowserContext,
  shapes: number,
  pages: readonly [ComparedPage, ComparedPage],
  plan: ComparisonPlan,
): Promise<ComparisonFigures> {
  const loadBefore = os.loadavg()[0]!
  const rounds: Record<string, ComparedRound[]> = Object.fromEntries(
    pages.map((page) => [page.label, []]),
  )
  for (let round = 0; round <= plan.rounds; round++) {
    const order = round % 2 === 0 ? pages : ([pages[1], pages[0]] as const)
    for (const compared of order) {
      const figures = await measurePage(context, shapes, compared, plan)
      if (round > 0) rounds[compared.label]!.push(figures)
    }
  }
  const [ours, bare] = pages.map((page) => rounds[page.label]!)
  const ratio = (figure: keyof ComparedRound) =>
    spreadOf(ours!.map((round, index) => round[figure] / bare![index]![figure]))
  return {
    shapes,
    rounds,
    editableRatio: ratio('editableMs'),
    fpsRatio: ratio('dragFps'),
    loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
  }
}

async function measurePage(
  context: BrowserContext,
  shapes: number,
  compared: ComparedPage,
  plan: ComparisonPlan,
): Promise<ComparedRound> {
  const page = await newProbedPage(context, shapes)
  try {
    await page.goto(compared.url, { waitUntil: 'commit' })
    const opened = await waitForOpen(page, plan.timeoutMs)
    if ('incomplete' in opened) {
      throw new Error(`${compared.label}: showed ${opened.shapesSeen} of ${shapes} shapes`)
    }
    await sleep(1000)
    return { editableMs: opened.editableMs, dragFps: await dragFps(page, compared.board, plan) }
  } finally {
    await page.close()
  }
}

/** The page's frames per second while the peer drags shapes, each tick a new position. */
async function dragFps(page: Page, board: SeededBoard, plan: ComparisonPlan): Promise<number> {
  await page.evaluate(() => {
    const counter = { frames: 0, running: true }
    ;(window as unknown as { __frames: typeof counter }).__frames = counter
    const tick = () => {
      counter.frames++
      if (counter.running) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const startedAt = performance.now()
  let tick = 0
  const timer = setInterval(() => {
    board.moveShapes(spreadIndices(board.shapes.length, plan.dragShapes, tick++))
  }, 1000 / plan.dragHz)
  await sleep(plan.dragMs)
  clearInterval(timer)
  const frames = await page.evaluate(() => {
    const counter = (window as unknown as { __frames: { frames: number; running: boolean } })
      .__frames
    counter.running = false
    return counter.frames
  })
  return (frames * 1000) / (performance.now() - startedAt)
}
