import fs from 'node:fs'
import path from 'node:path'
import type { ColdLoad, ColdLoadFigures } from './cold-load'
import type { FanoutFigures } from './fanout'
import type { BenchEnvironment } from '../shared/environment'
import type { IdleBoardMemory } from './memory'
import type { BenchPlan } from './plan'
import { median } from './stats'

/** Everything one run measured, as printed and as written to JSON. */
export interface BenchReport {
  startedAt: string
  durationMs: number
  environment: BenchEnvironment
  plan: BenchPlan
  fanout: FanoutFigures[]
  /** Ours over the reference at the same client count: above 1 means we are slower. */
  ratios: FanoutRatio[]
  memory: IdleBoardMemory[]
  coldLoad: ColdLoadFigures[]
  notes: string[]
}

export interface FanoutRatio {
  clients: number
  server: string
  p50: number
  p99: number
}

/** Each of our servers' latency over the reference's, per client count. */
export function fanoutRatios(
  fanout: readonly FanoutFigures[],
  referenceLabel: string,
): FanoutRatio[] {
  const ratios: FanoutRatio[] = []
  for (const row of fanout) {
    if (row.server === referenceLabel) continue
    const reference = fanout.find(
      (other) => other.server === referenceLabel && other.clients === row.clients,
    )
    if (!reference) continue
    ratios.push({
      clients: row.clients,
      server: row.server,
      p50: row.p50Ms / reference.p50Ms,
      p99: row.p99Ms / reference.p99Ms,
    })
  }
  return ratios
}

/** The report as readable text tables. */
export function formatReport(report: BenchReport, referenceLabel: string): string {
  const { versions, machine } = report.environment
  const lines = [
    `sync-fanout benchmark, ${report.startedAt}, ${seconds(report.durationMs)} in total`,
    'versions: ' +
      Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${gib(machine.memoryBytes)} memory, ` +
      `${machine.platform}, load average at start ${machine.loadAverage.map((load) => load.toFixed(2)).join(' ')}`,
    '',
    ...formatFanout(report, referenceLabel),
    '',
    ...formatMemory(report),
    '',
    ...formatColdLoad(report),
  ]
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `- ${note}`))
  return lines.join('\n')
}

/** Writes the report as JSON, creating the folder. */
export function writeJsonReport(report: BenchReport, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
}

function formatFanout(report: BenchReport, referenceLabel: string): string[] {
  const plan = report.plan.fanout
  const servers = [...new Set(report.fanout.map((row) => row.server))]
  const ours = servers.filter((server) => server !== referenceLabel)
  const counts = [...new Set(report.fanout.map((row) => row.clients))]
  const rows = counts.map((clients) => {
    const of = (server: string) =>
      report.fanout.find((row) => row.server === server && row.clients === clients)
    const ratio = (server: string) =>
      report.ratios.find((row) => row.server === server && row.clients === clients)
    return [
      String(clients),
      ...servers.flatMap((server) => [ms(of(server)?.p50Ms), ms(of(server)?.p99Ms)]),
      ...servers.map((server) => delivered(of(server))),
      ...ours.map((server) => times(ratio(server)?.p50)),
      ...ours.map((server) => times(ratio(server)?.p99)),
    ]
  })
  return [
    `Edit-to-peer latency (ms): N stock clients in one board, 1 writer at ${plan.rateHz} Hz, ` +
      `${plan.rounds} slices of ${seconds(plan.sliceMs)} per server and N, interleaved`,
    ...formatTable(
      [
        { title: '', columns: ['N'] },
        ...servers.map((server) => ({ title: server, columns: ['p50', 'p99'] })),
        { title: 'delivered/expected', columns: servers.map(short) },
        { title: 'ours/ref p50', columns: ours.map(short) },
        { title: 'ours/ref p99', columns: ours.map(short) },
      ],
      rows,
    ),
    `writer rate achieved (Hz; ${servers.map(short).join('/')}): ` +
      counts
        .map(
          (clients) =>
            `N=${clients} ` +
            report.fanout
              .filter((row) => row.clients === clients)
              .map((row) => row.sentPerSecond.toFixed(1))
              .join('/'),
        )
        .join(', '),
    '',
    'Server event-loop delay while relaying (ms): p99 = median of the slices, max = worst slice',
    ...formatTable(
      [
        { title: '', columns: ['N'] },
        ...servers.map((server) => ({ title: server, columns: ['p99', 'max'] })),
      ],
      counts.map((clients) => [
        String(clients),
        ...servers.flatMap((server) => {
          const row = report.fanout.find((row) => row.server === server && row.clients === clients)
          return [ms(row?.serverLoopDelayP99Ms), ms(row?.serverLoopDelayMaxMs)]
        }),
      ]),
    ),
  ]
}

function formatMemory(report: BenchReport): string[] {
  const counts = report.memory[0]?.samples.map((sample) => sample.boards) ?? []
  const rows = report.memory.map((row) => [
    row.server,
    kib(row.rssBytesPerBoard),
    kib(row.heapBytesPerBoard),
    ...row.samples.map((sample) => mib(sample.rssBytes)),
    signedMib(row.afterClose.rssBytes - row.baseline.rssBytes),
    signedMib(row.afterClose.heapUsedBytes - row.baseline.heapUsedBytes),
  ])
  return [
    'Memory per idle board: one idle stock client per board; server sampled after a forced GC',
    ...formatTable(
      [
        { title: '', columns: ['server'] },
        { title: 'slope per board', columns: ['RSS', 'V8 heap'] },
        { title: 'RSS (MiB) at open boards', columns: counts.map(String) },
        { title: 'closed vs baseline', columns: ['RSS', 'V8 heap'] },
      ],
      rows,
    ),
  ]
}

function formatColdLoad(report: BenchReport): string[] {
  const { updates, repeats } = report.plan.coldLoad
  const rows = report.coldLoad.map((row) => {
    const measured = (kind: ColdLoad['kind']) =>
      row.loads.filter((load) => load.kind === kind && !load.firstAfterStart)
    const first = (kind: ColdLoad['kind']) =>
      row.loads.find((load) => load.kind === kind && load.firstAfterStart)?.syncMs
    const medianOf = (kind: ColdLoad['kind'], figure: (load: ColdLoad) => number) =>
      ms(median(measured(kind).map(figure)), 0)
    return [
      row.server,
      ms(row.medianLogMs, 0),
      ms(row.medianSnapshotMs, 0),
      times(row.medianLogMs / row.medianSnapshotMs),
      ms(first('log'), 0),
      ms(first('snapshot'), 0),
      medianOf('log', (load) => load.serverCpuMs),
      medianOf('snapshot', (load) => load.serverCpuMs),
      medianOf('log', (load) => load.serverStallMs),
      medianOf('snapshot', (load) => load.serverStallMs),
      row.loads.every((load) => load.complete) ? 'yes' : 'NO',
    ]
  })
  return [
    `Cold load of a board whose history is ${updates.toLocaleString('en')} updates (log: one row ` +
      `each; snapshot: compacted): stock client connect -> sync; median of ${repeats} boards ` +
      'each, loaded after one of each kind on a fresh server',
    ...formatTable(
      [
        { title: '', columns: ['server'] },
        { title: 'sync (ms)', columns: ['log', 'snapshot', 'log/snap'] },
        { title: 'first after start', columns: ['log', 'snapshot'] },
        { title: 'server CPU (ms)', columns: ['log', 'snapshot'] },
        { title: 'longest stall (ms)', columns: ['log', 'snapshot'] },
        { title: '', columns: ['complete'] },
      ],
      rows,
    ),
  ]
}

interface ColumnGroup {
  title: string
  columns: string[]
}

/** A table with grouped column headers; the first column left-aligned, the rest right-aligned. */
function formatTable(groups: ColumnGroup[], rows: string[][]): string[] {
  const headers = groups.flatMap((group) => group.columns)
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...rows.map((row) => (row[index] ?? '').length)),
  )
  // Widen a group's first column when its title is longer than its columns together.
  let offset = 0
  for (const group of groups) {
    const span = group.columns.length
    const width =
      widths.slice(offset, offset + span).reduce((sum, w) => sum + w, 0) + 2 * (span - 1)
    if (group.title.length > width) widths[offset]! += group.title.length - width
    offset += span
  }
  const cell = (text: string, index: number) =>
    index === 0 ? text.padEnd(widths[index]!) : text.padStart(widths[index]!)
  const line = (cells: string[]) =>
    groups
      .reduce<{ parts: string[]; offset: number }>(
        (acc, group) => {
          const span = group.columns.length
          acc.parts.push(
            cells
              .slice(acc.offset, acc.offset + span)
              .map((text, index) => cell(text, acc.offset + index))
              .join('  '),
          )
          acc.offset += span
          return acc
        },
        { parts: [], offset: 0 },
      )
      .parts.join(' | ')
  let titleOffset = 0
  const titles = groups
    .map((group) => {
      const span = group.columns.length
      const width =
        widths.slice(titleOffset, titleOffset + span).reduce((sum, w) => sum + w, 0) +
        2 * (span - 1)
      titleOffset += span
      return group.title.padEnd(width)
    })
    .join(' | ')
  const rule = line(headers.map(() => '')).replace(/[^|]/g, '-')
  return [titles.trimEnd(), line(headers), rule, ...rows.map(line)].map((text) => '  ' + text)
}

function short(server: string): string {
  return server
    .replace(/^ours\//, '')
    .replace('PostgreSQL', 'PG')
    .replace('reference', 'ref')
}

function delivered(row: FanoutFigures | undefined): string {
  return row ? `${row.delivered}/${row.expected}` : '-'
}

function ms(value: number | undefined, digits = 1): string {
  return value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits)
}

function times(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '-' : `${value.toFixed(2)}x`
}

function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(1)} s`
}

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1)
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}

function signedMib(bytes: number): string {
  return `${bytes >= 0 ? '+' : ''}${mib(bytes)} MiB`
}

function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`
}
