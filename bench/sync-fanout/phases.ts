// The phases of the sync bench: which servers each one starts, on which boards.
import crypto from 'node:crypto'
import postgres from 'postgres'
import * as Y from 'yjs'
import { createTestDatabase, type TestDatabase } from '@/test/helpers/databases'
import { editHistory, prepareBoards, type PreparedBoards } from './board-setup'
import { measureColdLoad, type ColdLoadFigures, type ColdLoadTarget } from './cold-load'
import { measureFanout, type FanoutFigures, type FanoutTarget } from './fanout'
import { measureKnee, type KneeFigures, type KneeTarget } from './knee'
import { measureManyRooms, type ManyRoomsFigures, type ManyRoomsTarget } from './many-rooms'
import { measureIdleBoardMemory, type IdleBoardMemory } from './memory'
import type { BenchPlan } from './plan'
import {
  startHocuspocusServer,
  startOurServer,
  startReferenceServer,
  type BenchServer,
} from './servers'

/** A database our server runs on for the whole bench, with the boards of every phase. */
export interface BenchDatabase {
  label: string
  database: TestDatabase
  boards: PreparedBoards
}

type Progress = (line: string) => void

/** The labels of the peers. */
export const referenceLabel = 'reference'
export const hocuspocusLabel = 'Hocuspocus'

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

/** Every server of a phase, each with how it names its boards. */
interface Contender {
  server: BenchServer
  boards: Pick<PreparedBoards, 'fanout' | 'manyRooms' | 'knee'>
}

/**
 * Starts ours on each database, the reference and (with PostgreSQL) Hocuspocus, runs the
 * phase against all of them at once, and stops them. The peers make up their board names.
 */
async function withContenders<T>(
  databases: readonly BenchDatabase[],
  plan: BenchPlan,
  phase: (contenders: Contender[]) => Promise<T>,
): Promise<T> {
  const contenders: Contender[] = []
  try {
    for (const { label, database, boards } of databases) {
      contenders.push({ server: await startOurServer(label, database), boards })
    }
    contenders.push({
      server: await startReferenceServer(referenceLabel),
      boards: namedBoards('ref', plan),
    })
    const postgresDatabase = databases.find(({ database }) => database.kind === 'postgres')
    if (postgresDatabase) {
      contenders.push({
        server: await startHocuspocusServer(hocuspocusLabel, postgresDatabase.database),
        boards: namedBoards('hp', plan),
      })
    }
    return await phase(contenders)
  } finally {
    await Promise.all(contenders.map(({ server }) => server.stop()))
  }
}

/** Board names for a peer that needs no board made first. */
function namedBoards(prefix: string, plan: BenchPlan): Contender['boards'] {
  const run = crypto.randomBytes(4).toString('hex')
  const names = (what: string, count: number) =>
    Array.from({ length: count }, (_, index) => `${prefix}-${run}-${what}-${index}`)
  return {
    fanout: names('fanout', plan.fanout.clientCounts.length),
    manyRooms: names('rooms', plan.manyRooms.rooms),
    knee: names('knee', plan.knee.writerCounts.length),
  }
}

/** One writer, N receivers in one board: every server at once, slices interleaved. */
export function runFanoutPhase(
  databases: readonly BenchDatabase[],
  plan: BenchPlan,
  progress: Progress,
): Promise<FanoutFigures[]> {
  return withContenders(databases, plan, (contenders) => {
    const targets: FanoutTarget[] = contenders.map(({ server, boards }) => ({
      server,
      boardFor: (clients) => boards.fanout[plan.fanout.clientCounts.indexOf(clients)]!,
    }))
    return measureFanout(targets, plan.fanout, progress)
  })
}

/** 1,000 rooms of two clients who both write once a second, every server in alternating rounds. */
export function runManyRoomsPhase(
  databases: readonly BenchDatabase[],
  plan: BenchPlan,
  progress: Progress,
): Promise<ManyRoomsFigures[]> {
  return withContenders(databases, plan, (contenders) => {
    const targets: ManyRoomsTarget[] = contenders.map(({ server, boards }) => ({
      server,
      boardIds: boards.manyRooms,
    }))
    return measureManyRooms(targets, plan.manyRooms, progress)
  })
}

/** The all-writers knee of every server, in interleaved rounds. */
export function runKneePhase(
  databases: readonly BenchDatabase[],
  plan: BenchPlan,
  progress: Progress,
): Promise<KneeFigures[]> {
  return withContenders(databases, plan, (contenders) => {
    const targets: KneeTarget[] = contenders.map(({ server, boards }) => {
      const unused = [...boards.knee]
      return {
        label: server.label,
        endpoints: [server],
        newBoard: () => Promise.resolve(unused.shift()!),
      }
    })
    return measureKnee(targets, plan.knee, progress)
  })
}

/** Idle-board memory of every server, one after the other, each in a fresh process. */
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
  const anyBoards = () => ({
    idle: Array.from({ length: plan.boards }, anyBoardId),
    idleWarmup: Array.from({ length: plan.warmupBoards }, anyBoardId),
  })
  await measure(await startReferenceServer(referenceLabel), anyBoards())
  const postgresDatabase = databases.find(({ database }) => database.kind === 'postgres')
  if (postgresDatabase) {
    await measure(
      await startHocuspocusServer(hocuspocusLabel, postgresDatabase.database),
      anyBoards(),
    )
  }
  return results
}

/**
 * Cold loads of the prepared long-history boards: ours on each database and Hocuspocus
 * (loading the same history from the one row it stores per document) each in a fresh
 * process, all running at once and loading in alternating rounds.
 */
export async function runColdLoadPhase(
  databases: readonly BenchDatabase[],
  plan: BenchPlan['coldLoad'],
  progress: Progress,
): Promise<ColdLoadFigures[]> {
  const targets: ColdLoadTarget[] = []
  try {
    for (const { label, database, boards } of databases) {
      targets.push({ server: await startOurServer(label, database), boards: boards.coldLoad })
    }
    const postgresDatabase = databases.find(({ database }) => database.kind === 'postgres')
    if (postgresDatabase?.database.databaseUrl) {
      const server = await startHocuspocusServer(hocuspocusLabel, postgresDatabase.database)
      const names = Array.from({ length: plan.repeats + 1 }, (_, index) => `cold-${index}`)
      targets.push({
        server,
        boards: { logged: [], compacted: names.slice(1), firstAfterStart: { snapshot: names[0] } },
      })
      await storeHocuspocusDocuments(
        postgresDatabase.database.databaseUrl,
        names,
        stateOf(editHistory(plan.updates)),
      )
    }
    return await measureColdLoad(targets, progress)
  } finally {
    await Promise.all(targets.map(({ server }) => server.stop()))
  }
}

function anyBoardId(): string {
  return crypto.randomBytes(8).toString('hex')
}

/** The state a history leaves, as Hocuspocus's database extension stores it. */
function stateOf(history: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => history.forEach((update) => Y.applyUpdate(doc, update)))
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}

/** Writes documents into the table the Hocuspocus bench server reads (it made the table). */
async function storeHocuspocusDocuments(
  databaseUrl: string,
  names: readonly string[],
  state: Uint8Array,
): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    for (const name of names) {
      await sql`insert into hocuspocus_documents (name, data) values (${name}, ${state})`
    }
  } finally {
    await sql.end()
  }
}
