// First: sets the PostgreSQL default before the test helpers read it.
import { benchPostgresUrl, probePostgres } from './postgres'
import os from 'node:os'
import path from 'node:path'
import { describeEnvironment } from '../shared/environment'
import {
  hocuspocusLabel,
  prepareBenchDatabase,
  referenceLabel,
  runColdLoadPhase,
  runFanoutPhase,
  runKneePhase,
  runManyRoomsPhase,
  runMemoryPhase,
  type BenchDatabase,
} from './phases'
import { benchPlan, phaseNames, type PhaseName } from './plan'
import { formatReport, writeJsonReport, type BenchReport } from './report'

/*
 * Sync benchmark: our server as `npm start` runs it (PGlite and PostgreSQL) against the
 * stock @y/websocket-server and Hocuspocus 3.4.4 (persisting to PostgreSQL), in one run.
 * Prints figures and ratios, never fails on a timing.
 *   --quick (default)  a few minutes: fewer client counts, rounds and writer counts
 *   --full             every phase at full size
 *   --only=a,b         some phases: fanout, many-rooms, knee, memory, cold-load
 */
const args = process.argv.slice(2)
const plan = benchPlan(args.includes('--full'))
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const unknown = only?.filter((name) => !phaseNames.includes(name as PhaseName))
if (unknown?.length) {
  console.error(`unknown phase ${unknown.join(', ')}; the phases are ${phaseNames.join(', ')}`)
  process.exit(2)
}
const runs = (phase: PhaseName) => !only || only.includes(phase)
const resultFile = path.resolve(import.meta.dirname, '../results/sync-fanout.json')

const startedAt = new Date()
const startedMs = performance.now()
const progress = (line: string) =>
  console.error(`[${((performance.now() - startedMs) / 1000).toFixed(0).padStart(3)} s] ${line}`)

const notes: string[] = []
const probe = await probePostgres()
if (!probe.available) {
  notes.push(
    `PostgreSQL columns and Hocuspocus skipped: could not connect to ${benchPostgresUrl} (${probe.reason})`,
  )
}
const environment = describeEnvironment(
  [
    'yjs',
    'y-websocket',
    '@y/websocket-server',
    '@hocuspocus/server',
    'ws',
    '@electric-sql/pglite',
    'next',
  ],
  probe.available ? { postgresql: probe.version } : {},
)

const databases: BenchDatabase[] = []
const loadByPhase: Record<string, number[]> = {}
const phase = async <T>(name: PhaseName, run: () => Promise<T>): Promise<T | undefined> => {
  if (!runs(name)) return undefined
  loadByPhase[name] = os.loadavg()
  progress(
    `${name}: load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  )
  return run()
}
let report: BenchReport
try {
  for (const kind of probe.available ? (['postgres', 'pglite'] as const) : (['pglite'] as const)) {
    databases.push(await prepareBenchDatabase(kind, plan))
    progress(`prepared ${databases.at(-1)!.label}`)
  }
  const fanout = await phase('fanout', () => runFanoutPhase(databases, plan, progress))
  const manyRooms = await phase('many-rooms', () => runManyRoomsPhase(databases, plan, progress))
  const knee = await phase('knee', () => runKneePhase(databases, plan, progress))
  const memory = await phase('memory', () => runMemoryPhase(databases, plan.memory, progress))
  const coldLoad = await phase('cold-load', () =>
    runColdLoadPhase(databases, plan.coldLoad, progress),
  )
  notes.push(
    'Ours runs as `npm start` runs it: server/main.ts in production mode, the Next app in the ' +
      'same process, every update written to its database.',
    'The reference runs as its bin does: no YPERSISTENCE, so it stores nothing and never unloads ' +
      'a doc. Hocuspocus stores each document as one state row in PostgreSQL after a 2 s quiet ' +
      'spell (its database extension); its clients are its own provider, one socket each.',
    'All clients run in this one process; latency includes their decoding, the same for every ' +
      'server, and at the knee the clients are a large part of the load.',
  )
  report = {
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - startedMs,
    environment,
    plan,
    peers: [referenceLabel, ...(probe.available ? [hocuspocusLabel] : [])],
    fanout,
    manyRooms,
    knee,
    memory,
    coldLoad,
    loadByPhase,
    notes,
  }
} finally {
  await Promise.all(databases.map(({ database }) => database.drop()))
}
console.log(formatReport(report))
writeJsonReport(report, resultFile)
console.log(`\nJSON: ${path.relative(process.cwd(), resultFile)}`)
// Stock clients keep reconnect timers; nothing is left to wait for.
process.exit(0)
