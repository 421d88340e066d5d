// The board-apply bench's report: open and apply tables, the comparison with bare tldraw, and the JSON.
import fs from 'node:fs'
import path from 'node:path'
import type { ApplySample } from './apply-time'
import type { ComparisonFigures } from './bare-comparison'
import type { BenchEnvironment } from '../shared/environment'
import type { OpenSample } from './open-time'
import type { BenchPlan } from './plan'
import { spreadOf, type Spread } from './stats'
import type { ApplySummary, BarVerdict, OpenSummary } from './summaries'

/** One measured board with every raw sample. */
export interface BoardFigures {
  shapes: number
  boardId: string
  /** From the Node peer's put to a second client holding every shape. */
  seedMs: number
  opens: OpenSample[]
  applies: ApplySample[]
}

/** Everything one run measured, as printed and as written to JSON. */
export interface BenchReport {
  startedAt: string
  durationMs: number
  environment: BenchEnvironment
  plan: BenchPlan
  app: {
    /** `npm start` to a healthy server. */
    startupMs: number
    built: boolean
    /** The context's first board page, with a cold HTTP cache. */
    firstVisitMs: number
  }
  boards: BoardFigures[]
  opens: OpenSummary[]
  applies: ApplySummary[]
  bar: BarVerdict[]
  /** Cubeboard's page against a bare tldraw page with the same shapes, in the same run. */
  comparisons: ComparisonFigures[]
  notes: string[]
}

/** The report as readable text. */
export function formatReport(report: BenchReport): string {
  const { versions, machine } = report.environment
  const lines = [
    `board-apply benchmark, ${report.startedAt}, ${seconds(report.durationMs)} in total`,
    'versions: ' +
      Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${gib(machine.memoryBytes)} memory, ` +
      `${machine.platform}, load average at start ` +
      machine.loadAverage.map((load) => load.toFixed(2)).join(' '),
    `app: npm start healthy in ${seconds(report.app.startupMs)} ` +
      `(${report.app.built ? 'built the app first' : 'build was up to date'}); first board ` +
      `visit (cold cache) ${ms(report.app.firstVisitMs)} ms; seeding through the ` +
      'server: ' +
      report.boards
        .map((board) => `${shapesLabel(board.shapes)} ${ms(board.seedMs)} ms`)
        .join(', '),
  ]
  // `--compare-only` measures neither opens nor applies: no empty tables, no unmet bar.
  if (report.opens.length > 0) lines.push('', ...formatOpens(report))
  if (report.applies.length > 0) lines.push('', ...formatApplies(report))
  if (report.comparisons.length > 0) lines.push('', ...formatComparisons(report))
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `- ${note}`))
  return lines.join('\n')
}

function formatOpens(report: BenchReport): string[] {
  const { plan } = report
  return [
    'Open a board: start (the click on its link in the board list, or navigation start in a new ' +
      'tab) -> every shape in the DOM, none culled -> that frame painted -> the board synced ' +
      'with the server and open for editing.',
    `ms since the start; median [min, max] of ${plan.openRepeats} fresh pages per route of a ` +
      'returning participant (browser profile with HTTP and code cache, signed in), after 1 ' +
      'warm-up open by that route',
    ...formatTable(
      [
        'shapes',
        'from',
        'painted',
        'HTML',
        'shapes in DOM',
        'socket',
        'doc in',
        'editable',
        'main busy',
        'main CPU',
        'warm-up',
        'complete',
      ],
      report.opens.map((open) => [
        open.shapes === 1 ? '1 (ref)' : String(open.shapes),
        open.route,
        spread(open.paintedMs),
        ms(open.milestones.htmlMs),
        ms(open.milestones.allShapesMs),
        ms(open.milestones.socketMs),
        ms(open.milestones.docMs),
        spread(open.editableMs),
        ms(open.mainThreadTaskMs.median),
        ms(open.mainThreadCpuMs.median),
        ms(open.warmupPaintedMs),
        `${open.complete}/${open.tried}`,
      ]),
    ),
    '  milestones are medians; doc in = the largest sync message (the whole doc only where ' +
      'the page brings none; ' +
      report.opens
        .filter((open) => open.route === 'new tab')
        .map((open) => `${kib(open.docBytes)} at ${open.shapes}`)
        .join(', ') +
      '); main busy/CPU = main-thread task time/CPU time from the start to editable',
    ...report.bar.map(formatBar),
  ]
}

function formatApplies(report: BenchReport): string[] {
  const { plan } = report
  return [
    `Apply a remote change: a Node peer moves k shapes in one Yjs transaction; the page's ` +
      `main-thread work in a ${plan.applyWindowMs} ms window from just before the send, minus ` +
      `the median idle window of the same page; median [min, max] of ${plan.applyRounds} ` +
      'rounds after 1 warm-up round',
    ...formatTable(
      [
        'shapes',
        'moved',
        'main busy net',
        'script net',
        'style+layout net',
        'main CPU net',
        'message -> painted',
        'complete',
      ],
      report.applies.map((apply) => [
        String(apply.shapes),
        apply.moved === 0 ? 'idle (raw)' : String(apply.moved),
        spread(apply.taskMs),
        ms(apply.scriptMs.median),
        ms(apply.styleLayoutMs.median),
        ms(apply.cpuMs.median),
        apply.moved === 0 ? '-' : spread(apply.messageToPaintedMs),
        `${apply.complete}/${apply.tried}`,
      ]),
    ),
    '  idle rows: the raw figures of an idle window (the baseline); message -> painted: from the ' +
      "change's WebSocket message to the first task after the frame that showed every moved shape",
  ]
}

function formatComparisons(report: BenchReport): string[] {
  const plan = report.plan.comparison
  const rows = report.comparisons.flatMap((comparison) =>
    Object.entries(comparison.rounds).map(([label, rounds]) => [
      String(comparison.shapes),
      label,
      spread(spreadOf(rounds.map((round) => round.editableMs))),
      spread(spreadOf(rounds.map((round) => round.dragFps))),
    ]),
  )
  const ratio = (value: Spread) =>
    `${value.min.toFixed(2)} / ${value.median.toFixed(2)} / ${value.max.toFixed(2)}`
  return [
    `Against a bare tldraw page (esbuild, production React and tldraw) with the same shapes, ` +
      `served in this run: each round opens both in a new tab, in turn, then a remote peer ` +
      `drags ${plan.dragShapes} shapes at ${plan.dragHz} Hz for ${seconds(plan.dragMs)} ` +
      `(bare: JSON records over a WebSocket into mergeRemoteChanges; Cubeboard: Yjs through ` +
      `the server); median [min, max] of ${plan.rounds} rounds after 1 warm-up round`,
    ...formatTable(['shapes', 'page', 'editable (ms)', 'drag fps'], rows),
    ...report.comparisons.map(
      (comparison) =>
        `  ${comparison.shapes} shapes, Cubeboard / bare by round (min / median / max): ` +
        `editable ${ratio(comparison.editableRatio)}, drag fps ${ratio(comparison.fpsRatio)} ` +
        `(load average ${comparison.loadAverage.before.toFixed(1)} → ` +
        `${comparison.loadAverage.after.toFixed(1)})`,
    ),
  ]
}

/** Writes the report as JSON, creating the folder. */
export function writeJsonReport(report: BenchReport, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
}

function formatBar(bar: BarVerdict): string {
  return (
    `Bar: a ${bar.shapes}-shape board opens (${bar.route}) in under ${ms(bar.underMs)} ms on ` +
    'this machine: ' +
    `${bar.met ? 'met' : 'NOT MET'} (median ${ms(bar.medianMs)} ms; ${bar.opensUnder} of ` +
    `${bar.opens} opens under the bar)`
  )
}

/** A table with the first column left-aligned and the rest right-aligned. */
function formatTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...rows.map((row) => (row[index] ?? '').length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!),
      )
      .join('  ')
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [line(headers), rule, ...rows.map(line)].map((text) => '  ' + text.trimEnd())
}

function spread(value: Spread): string {
  if (value.n === 0) return '-'
  return `${ms(value.median)} [${ms(value.min)}, ${ms(value.max)}]`
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return '-'
  return Math.abs(value) < 10 ? value.toFixed(1) : value.toFixed(0)
}

function shapesLabel(count: number): string {
  return count === 1 ? '1 shape' : `${count} shapes`
}

function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(1)} s`
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`
}

function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`
}
