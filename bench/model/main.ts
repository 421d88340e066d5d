// Model bench: import, read, analysis, impact, search and a rebuild of boards of 100, 1,000 and 5,000 cubes.
// First: sets the PostgreSQL default before the test helpers read it.
import { benchPostgresUrl, probePostgres } from '../sync-fanout/postgres'
import fs from 'node:fs'
import path from 'node:path'
import * as Y from 'yjs'
import type { SignedInUser } from '@/lib/auth/users'
import { startBoardFromJson } from '@/lib/boards/board-use-cases'
import {
  analyseBoardModel,
  readBoardModelJson,
  searchBoardModels,
} from '@/lib/boards/model-use-cases'
import { modelFromRecords, storableJson } from '@/lib/model'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { PostgresStorage } from '@/server/sync/storage/postgres-storage'
import { startTestServer } from '@/test/helpers/server'
import { testOwner } from '@/test/helpers/test-owner'
import { describeEnvironment } from '../shared/environment'
import { median } from '../sync-fanout/stats'
import { bigModel } from './big-model'

/*
 * Prints figures, never fails on a timing. The reference for a rebuild is the same
 * derivation on the server's own thread, measured in the same run: what the server did
 * before the model worker. MODEL_QUICK=1 runs 100 and 1,000 cubes only.
 */
const quick = process.env.MODEL_QUICK === '1'
const sizes = quick ? [100, 1000] : [100, 1000, 5000]
const repeats = 5
const resultFile = path.resolve(import.meta.dirname, '../results/model.json')

/** The longest the event loop was held while `work` ran, sampled every 5 ms. */
async function withStallProbe<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; stallMs: number }> {
  let last = performance.now()
  let stall = 0
  const probe = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last - 5)
    last = now
  }, 5)
  const started = performance.now()
  const value = await work()
  const ms = performance.now() - started
  clearInterval(probe)
  stall = Math.max(stall, performance.now() - last - 5)
  return { value, ms, stallMs: Math.max(0, stall) }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return median(times)
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

const probe = await probePostgres()
const database = probe.available ? 'postgres' : 'pglite'
console.error(
  probe.available
    ? `PostgreSQL ${probe.version} at ${benchPostgresUrl}`
    : `no PostgreSQL (${probe.reason}): PGlite`,
)
const environment = describeEnvironment(['yjs', '@electric-sql/pglite', 'postgres'], {
  database,
})
const server = await startTestServer({ database })
const actor: SignedInUser = {
  id: await testOwner(server.database.db),
  name: 'Test owner',
  email: null,
  kind: 'local',
}
const storage = new PostgresStorage(server.database.db, console)
const rows: Record<string, unknown>[] = []
try {
  for (const cubes of sizes) {
    const model = bigModel(cubes)
    // As a script sends it: the body, read and checked in the model worker.
    const request = new TextEncoder().encode(
      JSON.stringify({ title: `Bench ${cubes}`, kind: 'cube', model }),
    )
    const imported = await withStallProbe(async () =>
      ok(await startBoardFromJson(actor, { request })),
    )
    const boardId = imported.value.id
    const read = await timed(async () => ok(await readBoardModelJson(actor, { boardId })))
    // The first ask works the analysis out (in the worker); later asks of the same stored
    // model are served as kept, which is what a script polling a board sees.
    const impactQuestion = { boardId, impactOf: 'cube_item:0-service' }
    const analysisFirst = await withStallProbe(async () =>
      ok(await analyseBoardModel(actor, { boardId })),
    )
    const analysis = await timed(async () => ok(await analyseBoardModel(actor, { boardId })))
    const impactFirst = await withStallProbe(async () =>
      ok(await analyseBoardModel(actor, impactQuestion)),
    )
    const impact = await timed(async () => ok(await analyseBoardModel(actor, impactQuestion)))
    const searchOnce = async () => ok(await searchBoardModels(actor, { query: 'payments credit' }))
    const searchStall = await withStallProbe(searchOnce)
    const search = await timed(searchOnce)

    // A rebuild: the stored model is gone (as after a crash), so the next read derives it
    // from the saved log, in the model worker.
    await server.database.db.execute(`delete from board_models where board_id = '${boardId}'`)
    const rebuild = await withStallProbe(async () =>
      ok(await readBoardModelJson(actor, { boardId })),
    )
    // The reference: the same derivation on this thread.
    const updates = (await storage.read(boardId)) ?? []
    const onThread = await withStallProbe(async () => {
      const doc = new Y.Doc()
      for (const update of updates) Y.applyUpdate(doc, update)
      const json = storableJson(modelFromRecords(recordsOfDoc(doc)))
      doc.destroy()
      return json
    })
    // The noise floor: the longest stall of this process while it does nothing (a busy
    // machine deschedules it), so a stall above can be told from the machine's.
    const idle = await withStallProbe(() => new Promise((resolve) => setTimeout(resolve, 2000)))
    const row = {
      cubes,
      items: model.items.length,
      links: model.serviceLinks.length,
      importMs: Math.round(imported.ms),
      importStallMs: Math.round(imported.stallMs),
      readMs: +read.toFixed(1),
      analysisFirstMs: Math.round(analysisFirst.ms),
      analysisFirstStallMs: Math.round(analysisFirst.stallMs),
      analysisMs: +analysis.toFixed(1),
      impactFirstMs: Math.round(impactFirst.ms),
      impactMs: +impact.toFixed(1),
      searchMs: +search.toFixed(1),
      searchStallMs: Math.round(searchStall.stallMs),
      rebuildMs: Math.round(rebuild.ms),
      rebuildStallMs: Math.round(rebuild.stallMs),
      onThreadRebuildMs: Math.round(onThread.ms),
      onThreadStallMs: Math.round(onThread.stallMs),
      stallRatio: +(rebuild.stallMs / Math.max(onThread.stallMs, 1)).toFixed(3),
      idleStallMs: Math.round(idle.stallMs),
    }
    rows.push(row)
    console.error(JSON.stringify(row))
  }
} finally {
  await storage.close()
  await server.stop()
}
console.table(rows)
fs.mkdirSync(path.dirname(resultFile), { recursive: true })
fs.writeFileSync(
  resultFile,
  JSON.stringify({ startedAt: new Date().toISOString(), environment, rows }, null, 2) + '\n',
)
console.log(
  `load average at start: ${environment.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
)
console.log(`written to ${path.relative(process.cwd(), resultFile)}`)
