// First: sets the PostgreSQL default before the test helpers read it.
import { benchPostgresUrl, probePostgres } from '../sync-fanout/postgres'
import { testOwner } from '../../test/helpers/test-owner'
import fs from 'node:fs'
import path from 'node:path'
import { createBoard } from '@/lib/boards/board-store'
import { openDatabase } from '@/lib/db/client'
import { createTestDatabase } from '@/test/helpers/databases'
import { PrivateRedis } from '@/test/helpers/private-redis'
import { describeEnvironment } from '../shared/environment'
import { measureKnee } from '../sync-fanout/knee'
import { measureIdleBoardMemory } from '../sync-fanout/memory'
import {
  startHocuspocusServer,
  startOurServer,
  startReferenceServer,
  type BenchServer,
} from '../sync-fanout/servers'
import { median, percentile } from '../sync-fanout/stats'
import { closeSpreadRoom, openSpreadRoom, runSpreadSlice } from './spread-room'

/*
 * Cluster benchmark: our server (as `npm start` runs it) as 1, 2 and 3 instances relaying
 * through Redis (PostgreSQL store) against the stock @y/websocket-server and Hocuspocus
 * 3.4.4 (PostgreSQL), in the same run. Prints figures, never fails on a timing.
 * CLUSTER_QUICK=1 shrinks every phase, for checking the bench itself.
 */
const quick = process.env.CLUSTER_QUICK === '1'
const plan = {
  latency: { clients: 12, rateHz: 50, sliceMs: quick ? 1000 : 3000, rounds: quick ? 1 : 4 },
  knee: {
    writerCounts: quick ? [8, 16, 24] : [8, 12, 16, 20, 24, 32, 40, 48, 64],
    rateHz: 20,
    slicesPerPoint: quick ? 2 : 3,
    sliceMs: quick ? 1000 : 2000,
    graceMs: 3000,
    barMs: 50,
  },
  memory: { boards: quick ? 50 : 400, steps: 4 },
  barMs: 50,
}
const resultFile = path.resolve(import.meta.dirname, '../results/cluster.json')
const startedMs = performance.now()
const progress = (line: string) =>
  console.error(`[${((performance.now() - startedMs) / 1000).toFixed(0).padStart(3)} s] ${line}`)

const probe = await probePostgres()
if (!probe.available) {
  console.error(`The cluster bench needs PostgreSQL at ${benchPostgresUrl}: ${probe.reason}`)
  process.exit(1)
}
const environment = describeEnvironment(
  ['yjs', 'y-websocket', '@y/websocket-server', '@hocuspocus/server', 'ioredis'],
  {
    postgresql: probe.version,
  },
)
const database = await createTestDatabase('postgres')
const redis = await PrivateRedis.start()
const servers: BenchServer[] = []
const report: Record<string, unknown> = { startedAt: new Date().toISOString(), environment, plan }
try {
  const ours: BenchServer[] = []
  for (let i = 1; i <= 3; i++) {
    ours.push(await startOurServer(`ours #${i}`, database, redis.url))
  }
  const reference = await startReferenceServer('reference')
  const hocuspocus = await startHocuspocusServer('Hocuspocus', database)
  servers.push(...ours, reference, hocuspocus)
  const connection = await openDatabase({
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
  })
  const newBoard = async () =>
    (
      await createBoard(
        connection.db,
        { title: 'bench', kind: 'cube' },
        await testOwner(connection.db),
      )
    ).id
  const configs = [
    { label: 'reference (1 process)', endpoints: [reference] },
    { label: 'Hocuspocus (1 process)', endpoints: [hocuspocus] },
    { label: 'ours, 1 instance', endpoints: ours.slice(0, 1) },
    { label: 'ours, 2 instances', endpoints: ours.slice(0, 2) },
    { label: 'ours, 3 instances', endpoints: ours },
  ]

  // Latency: one writer, the other clients spread over the instances; configs interleave.
  const latencies = new Map(configs.map((config) => [config.label, [] as number[]]))
  const lost = new Map(configs.map((config) => [config.label, 0]))
  for (let round = 0; round < plan.latency.rounds; round++) {
    for (const config of configs) {
      const room = await openSpreadRoom(config.endpoints, await newBoard(), plan.latency.clients, 1)
      const slice = await runSpreadSlice(room, {
        durationMs: plan.latency.sliceMs,
        rateHz: plan.latency.rateHz,
        graceMs: 2000,
      })
      closeSpreadRoom(room)
      latencies.get(config.label)!.push(...slice.latenciesMs)
      lost.set(config.label, lost.get(config.label)! + slice.expected - slice.delivered)
    }
    progress(`latency round ${round + 1}/${plan.latency.rounds}`)
  }
  const single = median(latencies.get('ours, 1 instance')!)
  const latencyRows = configs.map(({ label }) => {
    const values = latencies.get(label)!
    return {
      label,
      deliveries: values.length,
      lost: lost.get(label)!,
      p50: median(values),
      p99: percentile(values, 99),
      p50VsOneInstance: median(values) / single,
      p99VsOneInstance: percentile(values, 99) / percentile(latencies.get('ours, 1 instance')!, 99),
    }
  })
  report.latency = latencyRows

  // The knee: more and more writers on one board, every writer also a receiver; the
  // configs take turns slice by slice, and each stops at the first count it fails.
  const kneeLabels = [
    'reference (1 process)',
    'Hocuspocus (1 process)',
    'ours, 1 instance',
    'ours, 3 instances',
  ]
  const knee = await measureKnee(
    configs
      .filter((config) => kneeLabels.includes(config.label))
      .map((config) => ({ ...config, newBoard })),
    plan.knee,
    progress,
  )
  report.knee = knee

  // Memory per open board on one instance with Redis on, against the reference.
  const boardIds = await Promise.all(Array.from({ length: plan.memory.boards }, () => newBoard()))
  const warmup = await Promise.all(Array.from({ length: 10 }, () => newBoard()))
  const memory = []
  for (const server of [ours[0]!, reference]) {
    memory.push(
      await measureIdleBoardMemory(
        server,
        { boardIds, warmupBoardIds: warmup, steps: plan.memory.steps },
        progress,
      ),
    )
  }
  report.memory = memory.map((figures) => ({
    server: figures.server,
    heapBytesPerBoard: figures.heapBytesPerBoard,
    rssBytesPerBoard: figures.rssBytesPerBoard,
  }))
  await connection.close()

  const format = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '—')
  console.log(
    `cluster benchmark, ${report.startedAt as string}, ${((performance.now() - startedMs) / 1000).toFixed(0)} s`,
  )
  console.log(`versions: ${JSON.stringify(environment)}`)
  console.log(
    `\nEdit-to-peer latency, 1 writer at ${plan.latency.rateHz} Hz, ${plan.latency.clients} clients spread over the instances (ms)`,
  )
  console.log('  config                   p50     p99   p50 ×1-inst  p99 ×1-inst  deliveries  lost')
  for (const row of latencyRows) {
    console.log(
      `  ${row.label.padEnd(22)} ${format(row.p50).padStart(6)} ${format(row.p99).padStart(7)} ${row.p50VsOneInstance.toFixed(2).padStart(12)} ${row.p99VsOneInstance.toFixed(2).padStart(12)} ${String(row.deliveries).padStart(11)} ${String(row.lost).padStart(5)}`,
    )
  }
  console.log(
    `\nKnee: N writers per board (each ${plan.knee.rateHz} Hz, all also receiving), ` +
      `${plan.knee.slicesPerPoint} interleaved slices per point; fails at p99 > ${plan.knee.barMs} ms or a lost tick`,
  )
  for (const row of knee) {
    console.log(
      `  ${row.label.padEnd(24)} fails at ${row.firstFailing ?? '> ' + plan.knee.writerCounts.at(-1)} ` +
        `(last passing ${row.lastPassing ?? '-'})   ` +
        row.points.map((point) => `${point.writers}w p99 ${format(point.p99Ms)}`).join(', '),
    )
  }
  console.log('\nMemory per open idle board (one client each), after a full GC')
  for (const row of memory) {
    const heap = row.heapBytesPerBoard
    console.log(
      `  ${row.server.padEnd(22)} heap ${(heap / 1024).toFixed(1)} KiB, RSS ${(row.rssBytesPerBoard / 1024).toFixed(1)} KiB per board; ≈ ${Math.floor(1024 ** 3 / Math.max(heap, 1)).toLocaleString('en')} boards per GiB of heap`,
    )
  }
  console.log('\nNotes:')
  console.log(
    '- Every client runs in this one process on a 2-core machine shared with the servers, Redis and PostgreSQL: at the knee the clients themselves are a large part of the load, for every config alike.',
  )
  console.log(
    '- Hocuspocus 3.4.4 runs as one process persisting to the same PostgreSQL, its clients its own provider (one socket each).',
  )
  fs.mkdirSync(path.dirname(resultFile), { recursive: true })
  fs.writeFileSync(resultFile, JSON.stringify(report, null, 2))
  console.log(`\nJSON: ${path.relative(process.cwd(), resultFile)}`)
} finally {
  await Promise.all(servers.map((server) => server.stop()))
  await redis.stop()
  await database.drop()
}
// Stock clients keep reconnect timers; nothing is left to wait for.
process.exit(0)
