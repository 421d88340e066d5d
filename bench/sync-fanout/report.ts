// The sync bench's report: tables with ratios against the peers, and the JSON of a run.
import fs from 'node:fs'
import path from 'node:path'
import { coldLoadRatios, type ColdLoad, type ColdLoadFigures } from './cold-load'
import type { FanoutFigures } from './fanout'
import type { KneeFigures } from './knee'
import type { ManyRoomsFigures } from './many-rooms'
import type { BenchEnvironment } from '../shared/environment'
import type { IdleBoardMemory } from './memory'
import type { BenchPlan } from './plan'
import { median, roundRatios, type Spread } from './stats'

/** Everything one run measured, as printed and as written to JSON. */
export interface BenchReport {
  startedAt: string
  durationMs: number
  environment: BenchEnvironment
  plan: BenchPlan
  /** The peers every ratio is taken against. */
  peers: string[]
  fanout?: FanoutFigures[]
  manyRooms?: ManyRoomsFigures[]
  knee?: KneeFigures[]
  memory?: IdleBoardMemory[]
  coldLoad?: ColdLoadFigures[]
  /** `uptime`'s load average before each phase: the machine is shared. */
  loadByPhase: Record<string, number[]>
  notes: string[]
}

/** The report as readable text tables. */
export function formatReport(report: BenchReport): string {
  const { versions, machine } = report.environment
  const lines = [
    `sync bench, ${report.startedAt}, ${seconds(report.durationMs)} in total`,
    'versions: ' +
      Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${gib(machine.memoryBytes)} memory, ` +
      `${machine.platform}`,
    'load average (1, 5, 15 min) before each phase: ' +
      Object.entries(report.loadByPhase)
        .map(([phase, load]) => `${phase} ${load.map((value) => value.toFixed(2)).join(' ')}`)
        .join('; '),
    'Ratios are ours over the peer, round by round (each round runs every server back to back), ' +
      'as min / median / max over the rounds: below 1 means ours is faster or cheaper.',
  ]
  const sections = [
    report.fanout && formatFanout(report.fanout, report),
    report.manyRooms && formatManyRooms(report.manyRooms, report),
    report.knee && formatKnee(report.knee, report),
    report.memory && formatMemory(report.memory),
    report.coldLoad && formatColdLoad(report.coldLoad, report),
  ]
  for (const section of sections) if (section) lines.push('', ...section)
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `- ${note}`))
  return lines.join('\n')
}

/** Writes the report as JSON, creating the folder. */
export function writeJsonReport(report: BenchReport, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
}

function isOurs(server: string): boolean {
  return server.startsWith('ours')
}

function formatFanout(fanout: FanoutFigures[], report: BenchReport): string[] {
  const plan = report.plan.fanout
  const servers = [...new Set(fanout.map((row) => row.server))]
  const ours = servers.filter(isOurs)
  const peers = report.peers.filter((peer) => servers.includes(peer))
  const counts = [...new Set(fanout.map((row) => row.clients))]
  const of = (server: string, clients: number) =>
    fanout.find((row) => row.server === server && row.clients === clients)
  const ratio = (
    server: string,
    peer: string,
    clients: number,
    figure: 'p50Ms' | 'cpuMsPerDelivery',
  ) =>
    roundRatios(
      of(server, clients)?.rounds.map((round) => round[figure]) ?? [],
      of(peer, clients)?.rounds.map((round) => round[figure]) ?? [],
    )
  const pairs = ours.flatMap((server) => peers.map((peer) => ({ server, peer })))
  return [
    `One writer at ${plan.rateHz} Hz, N clients in one board (edit-to-peer ms); ` +
      `${plan.rounds} rounds of ${seconds(plan.sliceMs)} slices per server and N, interleaved`,
    ...formatTable(
      [
        { title: '', columns: ['N'] },
        ...servers.map((server) => ({ title: server, columns: ['p50', 'p99'] })),
        { title: 'delivered/expected', columns: servers.map(short) },
        { title: 'server CPU µs per delivery', columns: servers.map(short) },
      ],
      counts.map((clients) => [
        String(clients),
        ...servers.flatMap((server) => [
          ms(of(server, clients)?.p50Ms),
          ms(of(server, clients)?.p99Ms),
        ]),
        ...servers.map((server) => delivered(of(server, clients))),
        ...servers.map((server) => ms((of(server, clients)?.cpuMsPerDelivery ?? NaN) * 1000, 0)),
      ]),
    ),
    '',
    'p50 and CPU per delivery, ours / peer by round (min / median / max)',
    ...formatTable(
      [
        { title: '', columns: ['N'] },
        ...pairs.map(({ server, peer }) => ({
          title: `${short(server)} / ${short(peer)}`,
          columns: ['p50', 'CPU/delivery'],
        })),
      ],
      counts.map((clients) => [
        String(clients),
        ...pairs.flatMap(({ server, peer }) => [
          spreadText(ratio(server, peer, clients, 'p50Ms')),
          spreadText(ratio(server, peer, clients, 'cpuMsPerDelivery')),
        ]),
      ]),
    ),
    '',
    'Server event-loop delay while relaying (ms): p99 = median of the slices, max = worst slice',
    ...formatTable(
      [
        { title: '', columns: ['N'] },
        ...servers.map((server) => ({ title: server, columns: ['p99', 'max'] })),
      ],
      counts.map((clients) => [
        String(clients),
        ...servers.flatMap((server) => [
          ms(of(server, clients)?.serverLoopDelayP99Ms),
          ms(of(server, clients)?.serverLoopDelayMaxMs),
        ]),
      ]),
    ),
  ]
}

function formatManyRooms(figures: ManyRoomsFigures[], report: BenchReport): string[] {
  const plan = report.plan.manyRooms
  const of = (server: string) => figures.find((row) => row.server === server)
  const column = (row: ManyRoomsFigures, figure: keyof ManyRoomsFigures['slices'][number]) =>
    row.slices.map((slice) => slice[figure])
  const peers = report.peers.filter((peer) => of(peer))
  const rows = figures.map((row) => [
    row.server,
    ms(median(column(row, 'p50Ms'))),
    ms(median(column(row, 'p99Ms'))),
    ms(median(column(row, 'cpuPercent'))),
    ms(median(column(row, 'loopP99Ms'))),
    ms(Math.max(...column(row, 'loopMaxMs'))),
    `${sum(column(row, 'delivered'))}/${sum(column(row, 'sent'))}`,
    ms(median(column(row, 'clientLoopP99Ms'))),
  ])
  const ratioRows = figures
    .filter((row) => isOurs(row.server))
    .flatMap((row) =>
      peers.map((peer) => [
        `${short(row.server)} / ${short(peer)}`,
        spreadText(roundRatios(column(row, 'p99Ms'), column(of(peer)!, 'p99Ms'))),
        spreadText(roundRatios(column(row, 'cpuPercent'), column(of(peer)!, 'cpuPercent'))),
      ]),
    )
  return [
    `Many rooms: ${plan.rooms.toLocaleString('en')} boards x 2 clients, each client editing ` +
      `${plan.rateHz}/s; ${plan.rounds} rounds of ${seconds(plan.sliceMs)} per server, interleaved ` +
      '(medians over rounds)',
    ...formatTable(
      [
        { title: '', columns: ['server'] },
        { title: 'edit-to-peer (ms)', columns: ['p50', 'p99'] },
        { title: 'server', columns: ['CPU %', 'loop p99', 'loop max'] },
        { title: '', columns: ['delivered/sent'] },
        { title: 'bench', columns: ['loop p99'] },
      ],
      rows,
    ),
    ...formatTable(
      [
        { title: '', columns: ['ours / peer by round'] },
        { title: '', columns: ['p99', 'CPU'] },
      ],
      ratioRows,
    ),
  ]
}

function formatKnee(figures: KneeFigures[], report: BenchReport): string[] {
  const plan = report.plan.knee
  const of = (label: string) => figures.find((row) => row.label === label)
  const kneeOf = (row: KneeFigures) => row.firstFailing ?? Number.POSITIVE_INFINITY
  const passedOf = (row: KneeFigures) => row.lastPassing ?? 0
  const lines = [
    `All-writers knee: N writers on one board, each at ${plan.rateHz} Hz and receiving all others; ` +
      `${plan.slicesPerPoint} interleaved slices of ${seconds(plan.sliceMs)} per point; a point ` +
      `fails at p99 > ${plan.barMs} ms or any tick lost. Knee = smallest failing N.`,
  ]
  for (const row of figures) {
    lines.push(
      `  ${row.label.padEnd(16)} fails at ${row.firstFailing ?? `> ${plan.writerCounts.at(-1)}`}` +
        ` (last passing ${row.lastPassing ?? '-'}):  ` +
        row.points
          .map(
            (point) =>
              `${point.writers}w p99 ${ms(point.p99Ms)}${point.lost ? ` lost ${point.lost}` : ''}` +
              ` (bench loop ${ms(point.benchLoopP99Ms)})`,
          )
          .join(', '),
    )
  }
  for (const row of figures.filter((figure) => isOurs(figure.label))) {
    for (const peer of report.peers.filter((label) => of(label))) {
      lines.push(
        `  knee ${short(row.label)} / ${short(peer)}: ${times(kneeOf(row) / kneeOf(of(peer)!))}` +
          ` (last passing: ${times(passedOf(row) / passedOf(of(peer)!))})`,
      )
    }
  }
  return lines
}

function formatMemory(memory: IdleBoardMemory[]): string[] {
  const counts = memory[0]?.samples.map((sample) => sample.boards) ?? []
  const rows = memory.map((row) => [
    row.server,
    kib(row.heapBytesPerBoard),
    ...row.samples.map((sample) => mib(sample.heapUsedBytes)),
    signedMib(row.afterClose.heapUsedBytes - row.baseline.heapUsedBytes),
    mib(row.afterClose.rssBytes),
  ])
  return [
    'Memory per idle board: one idle client per board; V8 heap in use after a forced GC ' +
      '(RSS moves with what the allocator keeps, so it is shown only as a total)',
    ...formatTable(
      [
        { title: '', columns: ['server'] },
        { title: 'heap slope', columns: ['per board'] },
        { title: 'heap (MiB) at open boards', columns: counts.map(String) },
        { title: 'closed vs baseline', columns: ['heap'] },
        { title: 'RSS (MiB)', columns: ['at end'] },
      ],
      rows,
    ),
  ]
}

function formatColdLoad(coldLoad: ColdLoadFigures[], report: BenchReport): string[] {
  const { updates, repeats } = report.plan.coldLoad
  const rows = coldLoad.map((row) => {
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
      ms(first('log'), 0),
      ms(first('snapshot'), 0),
      medianOf('log', (load) => load.serverCpuMs),
      medianOf('snapshot', (load) => load.serverCpuMs),
      ms(Math.max(...row.loads.map((load) => load.serverStallMs)), 0),
      row.loads.every((load) => load.complete) ? 'yes' : 'NO',
    ]
  })
  const hocuspocus = coldLoad.find((row) => row.server === 'Hocuspocus')
  const ratioLines = hocuspocus
    ? coldLoad
        .filter((row) => isOurs(row.server))
        .map(
          (row) =>
            `  ${short(row.server)} / HP by round: ` +
            `log ${spreadText(coldLoadRatios(row, hocuspocus, 'log'))}, ` +
            `snapshot ${spreadText(coldLoadRatios(row, hocuspocus, 'snapshot'))}`,
        )
    : []
  return [
    `Cold load of a record-shaped board whose history is ${updates.toLocaleString('en')} updates ` +
      '(ours: log = one row each, snapshot = compacted; Hocuspocus: its one stored state): ' +
      `connect -> synced, median of ${repeats} rounds (every server running, one board of each ` +
      'kind per server and round, who goes first rotating), after one of each kind on a fresh server',
    ...formatTable(
      [
        { title: '', columns: ['server'] },
        { title: 'sync (ms)', columns: ['log', 'snapshot'] },
        { title: 'first after start', columns: ['log', 'snapshot'] },
        { title: 'server CPU (ms)', columns: ['log', 'snapshot'] },
        { title: 'stall', columns: ['max ms'] },
        { title: '', columns: ['complete'] },
      ],
      rows,
    ),
    ...ratioLines,
  ]
}

function spreadText(value: Spread): string {
  if (!Number.isFinite(value.median)) return '-'
  return `${value.min.toFixed(2)} / ${value.median.toFixed(2)} / ${value.max.toFixed(2)}`
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
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
    .replace('Hocuspocus', 'HP')
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
