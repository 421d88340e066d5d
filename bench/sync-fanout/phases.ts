import crypto from 'node:crypto'
import { createTestDatabase, type TestDatabase } from '@/test/helpers/databases'
import { prepareBoards, type PreparedBoards } from './board-setup'
import { measureColdLoad, type ColdLoadFigures } from './cold-load'
import { measureFanout, type FanoutFigures, type FanoutTarget } from './fanout'
import { measureIdleBoardMemory, type IdleBoardMemory } from './memory'
import type { BenchPlan } from './plan'
import { startOurServer, startReferenceServer, type BenchServer } from './servers'

/** A database our server runs on for the whole bench, with the boards of every phase. */
export interface BenchDatabase {
  label: string
  database: TestDatabase
  boards: PreparedBoards
}

type Progress = (line: string) => void

/** The label of the reference server. */
export const referenceLabel = 'reference'

/** The column label of our server on a kind of database. */
export function ourLabel(kind: TestDatabase['kind']): string {
  return kind === 'pglite' ? 'ours/PGlite' : 'ours/PostgreSQL'
}

/** A fresh database of the kind, holding every board the phases will open. */
export async function prepareBenchDatabase(
  kind: TestDatabase['kind'],
  plan: BenchPlan,
): Promise<BenchDatabase> {
  const database = await createTestDatabase(kind)
  try {
    return { label: ourLabel(kind), database, boards: await prepareBoards(database, plan) }
  } catch (error) {
    await database.drop()
    throw error
  }
}

/** Fanout against our server on each database and the reference, all running at once so their slices interleave. */
export async function runFanoutPhase(
  databases: readonly BenchDatabase[],
  plan: BenchPlan['fanout'],
  progress: Progress,
): Promise<FanoutFigures[]> {
  const servers: BenchServer[] = []
  try {
    const targets: FanoutTarget[] = []
    for (const { label, database, boards } of databases) {
      const server = await startOurServer(label, database)
      servers.push(server)
      targets.push({
        server,
        boardFor: (clients) => boards.fanout[plan.clientCounts.indexOf(clients)]!,
      })
    }
    const reference = await startReferenceServer(referenceLabel)
    servers.push(reference)
    targets.push({ server: reference, boardFor: (clients) => `fanout-${clients}` })
    return await measureFanout(targets, plan, progress)
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
  }
}

/** Idle-board memory of our server on each database, then of the reference; a fresh process each. */
export async function runMemoryPhase(
  databases: readonly BenchDatabase[],
  plan: BenchPlan['memory'],
  progress: Progress,
): Promise<IdleBoardMemory[]> {
  const results: IdleBoardMemory[] = []
  const measure = async (
    server: BenchServer,
    boards: Pick<PreparedBoards, 'idle' | 'idleWarmup'>,
  ) => {
    try {
      results.push(
        await measureIdleBoardMemory(
          server,
          { boardIds: boards.idle, warmupBoardIds: boards.idleWarmup, steps: plan.steps },
          progress,
        ),
      )
    } finally {
      await server.stop()
    }
  }
  for (const { label, database, boards } of databases) {
    await measure(await startOurServer(label, database), boards)
  }
  const anyBoardId = () => crypto.randomBytes(8).toString('hex')
  await measure(await startReferenceServer(referenceLabel), {
    idle: Array.from({ length: plan.boards }, anyBoardId),
    idleWarmup: Array.from({ length: plan.warmupBoards }, anyBoardId),
  })
  return results
}

/** Cold loads of the prepared long-history boards on each database, in a fresh server process. */
export async function runColdLoadPhase(
  databases: readonly BenchDatabase[],
  progress: Progress,
): Promise<ColdLoadFigures[]> {
  const results: ColdLoadFigures[] = []
  for (const { label, database, boards } of databases) {
    const server = await startOurServer(label, database)
    try {
      results.push(await measureColdLoad(server, boards.coldLoad, progress))
    } finally {
      await server.stop()
    }
  }
  return results
}
