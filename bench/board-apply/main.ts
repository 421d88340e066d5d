// Board open and remote-apply benchmark in Chromium, against `npm start` and a bare tldraw page.
import path from 'node:path'
import { startAppServer } from './app-server'
import { comparePages, type ComparisonFigures } from './bare-comparison'
import { startBarePage } from './bare-tldraw/bare-server'
import { measureApply, type ApplySample } from './apply-time'
import { signInOverHttp } from '../../test/helpers/http-sign-in'
import { createBoard } from './board-api'
import { launchParticipant, type ParticipantBrowser } from './browser'
import { describeEnvironment } from '../shared/environment'
import { measureOpens, openRoutes, type OpenSample } from './open-time'
import { benchPlan } from './plan'
import { seedBoard } from './remote-peer'
import { formatReport, writeJsonReport, type BenchReport, type BoardFigures } from './report'
import { judgeBar, summarizeApplies, summarizeOpens } from './summaries'

/*
 * Board open and remote-apply benchmark in Chromium against `npm start`: time to open a
 * board of N shapes, and the page's main-thread time to apply a remote change. Prints
 * figures, never fails on a timing. BOARD_APPLY_QUICK=1 shrinks the plan, for checking
 * the bench itself; BOARD_APPLY_PORT picks the first port to try (3300).
 */
const plan = benchPlan(process.env.BOARD_APPLY_QUICK === '1')
/** `--compare-only`: just the comparison with bare tldraw, on its boards. */
const compareOnly = process.argv.includes('--compare-only')
const resultFile = path.resolve(import.meta.dirname, '../results/board-apply.json')

const startedAt = new Date()
const startedMs = performance.now()
const progress = (line: string) =>
  console.error(`[${((performance.now() - startedMs) / 1000).toFixed(0).padStart(3)} s] ${line}`)
// Ctrl-C: exit through the 'exit' handlers, which kill the server's process group.
process.once('SIGINT', () => process.exit(130))

const server = await startAppServer({
  preferredPort: Number(process.env.BOARD_APPLY_PORT ?? 3300),
  timeoutMs: 300_000,
})
progress(`app healthy at ${server.baseUrl} after ${(server.startupMs / 1000).toFixed(1)} s`)
const boardUrl = (boardId: string) => `${server.baseUrl}/b/${boardId}`

let browser: ParticipantBrowser | null = null
let report: BenchReport
try {
  const app = { ...server, session: await signInOverHttp(server.baseUrl, 'Board apply bench') }
  const firstBoard = await createBoard(app, 'Board apply, first visit')
  browser = await launchParticipant(app, boardUrl(firstBoard))
  const { context, firstVisitMs } = browser
  const environment = describeEnvironment(
    ['tldraw', 'yjs', 'y-websocket', 'next', 'react', '@playwright/test'],
    { chromium: browser.version },
  )
  const boards: BoardFigures[] = []
  const comparisons: ComparisonFigures[] = []
  for (const shapes of compareOnly ? plan.comparison.shapeCounts : plan.shapeCounts) {
    const board = await seedBoard(app, shapes)
    try {
      progress(`seeded a board of ${shapes} shapes`)
      const url = boardUrl(board.boardId)
      const target = { baseUrl: server.baseUrl, boardId: board.boardId, title: board.title, shapes }
      const opens: OpenSample[] = []
      const applies: ApplySample[] = []
      if (!compareOnly) {
        for (const route of openRoutes) {
          opens.push(
            ...(await measureOpens(context, target, route, {
              repeats: plan.openRepeats,
              timeoutMs: plan.openTimeoutMs,
            })),
          )
          const painted = summarizeOpens(shapes, route, opens).paintedMs.median
          progress(`open ${shapes} (${route}): median ${painted.toFixed(0)} ms`)
        }
        applies.push(
          ...(await measureApply(context, url, board, {
            batchSizes: plan.batchSizes.filter((size) => size <= shapes),
            rounds: plan.applyRounds,
            windowMs: plan.applyWindowMs,
            timeoutMs: plan.openTimeoutMs,
          })),
        )
        progress(`apply ${shapes}: ${applies.length} windows`)
      }
      if (plan.comparison.shapeCounts.includes(shapes)) {
        const bare = await startBarePage(shapes)
        try {
          const compared = await comparePages(
            context,
            shapes,
            [
              { label: 'Cubeboard', url, board },
              { label: 'bare tldraw', url: bare.url, board: bare.board },
            ],
            plan.comparison,
          )
          comparisons.push(compared)
          progress(
            `vs bare tldraw ${shapes}: editable ${compared.editableRatio.median.toFixed(2)}x, ` +
              `drag fps ${compared.fpsRatio.median.toFixed(2)}x (load average ` +
              `${compared.loadAverage.before.toFixed(1)} → ${compared.loadAverage.after.toFixed(1)})`,
          )
        } finally {
          await bare.stop()
        }
      }
      boards.push({ shapes, boardId: board.boardId, seedMs: board.seedMs, opens, applies })
    } finally {
      board.close()
    }
  }
  const opens = boards
    .filter((board) => board.opens.length > 0)
    .flatMap((board) => openRoutes.map((route) => summarizeOpens(board.shapes, route, board.opens)))
  report = {
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - startedMs,
    environment,
    plan,
    app: { startupMs: server.startupMs, built: server.built, firstVisitMs },
    boards,
    opens,
    applies: boards.flatMap((board) => summarizeApplies(board.shapes, board.applies)),
    bar: judgeBar(plan, boards, openRoutes),
    comparisons,
    notes: [
      'All shapes present: the page counts .tl-shape elements once per animation frame. tldraw ' +
        'keeps every shape of the page in the DOM and hides culled ones (display: none), so the ' +
        'board is complete when N are there and none is hidden; the grid lies inside the ' +
        'initial viewport, so none may be culled. Painted: the first task after that frame; an ' +
        'upper bound, as tasks queued before it (React work) count too. "shapes in DOM" (the ' +
        'start of that frame) is the lower bound.',
      "The board page brings the board's doc (a Yjs state): the canvas shows it read-only " +
        'while the socket syncs what changed since. Editable: the first frame in which the ' +
        "board is synced with the server (the board element's data-synced), which opens editing.",
      'Main thread: Chromium Performance.getMetrics (TaskDuration, ScriptDuration, ' +
        'RecalcStyleDuration + LayoutDuration, ThreadTime) over the DevTools protocol. Busy is ' +
        'wall-clock task time and grows when the machine is loaded; CPU is the thread CPU time.',
      'The Node peer that seeded the board stays connected, so the room is in server memory: ' +
        'opens do not include loading the board from the database.',
      'The 1-shape board is the reference: what opening any board costs.',
      'A returning participant: a Chromium profile on disk, so the HTTP cache holds the ' +
        'scripts and V8 keeps their compiled code, as any browser does for a site visited ' +
        "before. Incognito windows (Playwright's default contexts) keep no compiled code and " +
        'open boards about 300 ms slower; the cold first visit is in the app line above.',
      'Chromium headless, 1280x800, one Chromium, app server and this process share ' +
        `${environment.machine.cores} cores with whatever else runs on the machine.`,
    ],
  }
} finally {
  await browser?.close()
  await server.stop()
}
console.log(formatReport(report))
writeJsonReport(report, resultFile)
console.log(`\nJSON: ${path.relative(process.cwd(), resultFile)}`)
// The stock y-websocket clients keep reconnect timers; nothing is left to wait for.
process.exit(0)
