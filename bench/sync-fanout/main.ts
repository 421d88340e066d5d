// First: sets the PostgreSQL default before the test helpers read it.
import { benchPostgresUrl, probePostgres } from './postgres'
import path from 'node:path'
import { describeEnvironment } from '../shared/environment'
import {
  prepareBenchDatabase,
  referenceLabel,
  runColdLoadPhase,
  runFanoutPhase,
  runMemoryPhase,
  type BenchDatabase,
} from './phases'
import { benchPlan } from './plan'
import { fanoutRatios, formatReport, writeJsonReport, type BenchReport } from './report'

/*
 * Sync fanout benchmark: our server (PGlite and PostgreSQL) against the stock
 * @y/websocket-server in the same run. Prints figures, never fails on a timing.
 * SYNC_FANOUT_QUICK=1 shrinks every phase, for checking the bench itself.
 */
const plan = benchPlan(process.env.SYNC_FANOUT_QUICK === '1')
const resultFile = path.resolve(import.meta.dirname, '../results/sync-fanout.json')

const startedAt = new Date()
const startedMs = performance.now()
const progress = (line: string) =>
  console.error(`[${((performance.now() - startedMs) / 1000).toFixed(0).padStart(3)} s] ${line}`)

const notes: string[] = []
const probe = await probePostgres()
if (!probe.available) {
  notes.push(
    `PostgreSQL column skipped: could not connect to ${benchPostgresUrl} (${probe.reason})`,
  )
}
const environment = describeEnvironment(
  ['yjs', 'y-websocket', '@y/websocket-server', 'ws', '@electric-sql/pglite'],
  probe.available ? { postgresql: probe.version } : {},
)

const databases: BenchDatabase[] = []
let report: BenchReport
try {
  for (const kind of probe.available ? (['pglite', 'postgres'] as const) : (['pglite'] as const)) {
    databases.push(await prepareBenchDatabase(kind, plan))
    progress(`prepared ${databases.at(-1)!.label}`)
  }
  const fanout = await runFanoutPhase(databases, plan.fanout, progress)
  const memory = await runMemoryPhase(databases, plan.memory, progress)
  const coldLoad = await runColdLoadPhase(databases, progress)
  notes.push(
    'The reference runs as its bin does: no YPERSISTENCE, so it stores nothing and never unloads ' +
      'a doc (its RSS after close stays up by design); ours writes every update to its database.',
    'All clients run in this one process; latency includes their decoding, the same for every server.',
    'One stall of a server delays a tick for all N-1 receivers at once, so p99 at large N rests ' +
      'on a handful of ticks: read the p99 ratios with the event-loop table beside them.',
  )
  report = {
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - startedMs,
    environment,
    plan,
    fanout,
    ratios: fanoutRatios(fanout, referenceLabel),
    memory,
    coldLoad,
    notes,
  }
} finally {
  await Promise.all(databases.map(({ database }) => database.drop()))
}
console.log(formatReport(report, referenceLabel))
writeJsonReport(report, resultFile)
console.log(`\nJSON: ${path.relative(process.cwd(), resultFile)}`)
// Stock clients keep reconnect timers; nothing is left to wait for.
process.exit(0)
