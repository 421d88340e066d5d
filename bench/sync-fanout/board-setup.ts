// Boards every phase of the sync bench opens, made before any server starts, and the edit history of a cold load.
import * as Y from 'yjs'
import { docLayout, recordToYMap, type JsonRecord } from '@/lib/sync/record-layout'
import { gridRectangles } from '../board-apply/shape-grid'
import { testOwner } from '../../test/helpers/test-owner'
import { sql } from 'drizzle-orm'
import { createBoard } from '@/lib/boards/board-store'
import { openDatabase, type Database } from '@/lib/db/client'
import type { TestDatabase } from '@/test/helpers/databases'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import type { ColdLoadBoards } from './cold-load'
import type { BenchPlan } from './plan'

/** How many shapes the prepared edit history moves around; a loaded board must hold them all. */
export const historyShapes = 200

/** The boards every phase needs, created before any server opens the database. */
export interface PreparedBoards {
  /** One fresh board per fanout client count. */
  fanout: string[]
  /** One per room of the many-rooms phase. */
  manyRooms: string[]
  /** One per writer count of the knee. */
  knee: string[]
  idleWarmup: string[]
  idle: string[]
  coldLoad: ColdLoadBoards
}

/**
 * Creates the boards of every phase in one go and closes the database again: PGlite allows
 * one process per folder (and opening one costs seconds), so this runs once, before any server.
 */
export async function prepareBoards(
  database: TestDatabase,
  plan: BenchPlan,
): Promise<PreparedBoards> {
  const connection = await openDatabase({
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
  })
  try {
    const db = connection.db
    return {
      fanout: await createBoards(db, plan.fanout.clientCounts.length, 'Fanout'),
      manyRooms: await createBoards(db, plan.manyRooms.rooms, 'Many rooms'),
      knee: await createBoards(db, plan.knee.writerCounts.length, 'Knee'),
      idleWarmup: await createBoards(db, plan.memory.warmupBoards, 'Idle warm-up'),
      idle: await createBoards(db, plan.memory.boards, 'Idle'),
      coldLoad: await createColdLoadBoards(
        db,
        editHistory(plan.coldLoad.updates),
        plan.coldLoad.repeats,
      ),
    }
  } finally {
    await connection.close()
  }
}

/** Creates `count` empty boards and returns their ids. */
export async function createBoards(db: Database, count: number, title: string): Promise<string[]> {
  const ids: string[] = []
  const owner = await testOwner(db)
  for (let start = 0; start < count; start += 50) {
    const batch = Array.from({ length: Math.min(50, count - start) }, (_, index) =>
      createBoard(db, { title: `${title} ${start + index + 1}`, kind: 'cube' }, owner),
    )
    ids.push(...(await Promise.all(batch)).map((board) => board.id))
  }
  return ids
}

/**
 * `count` separate real Yjs updates in the board's own layout (one Y.Map per tldraw record,
 * as the store binding writes them), as a long editing session makes them: the first ones
 * add shapes, the rest move one shape each.
 */
export function editHistory(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const records = doc.getMap<Y.Map<unknown>>(docLayout.records)
  const shapes = gridRectangles(historyShapes)
  for (let index = 0; index < count; index++) {
    const shape = shapes[index % historyShapes]!
    if (index < historyShapes) {
      records.set(shape.id, recordToYMap(shape as unknown as JsonRecord))
      continue
    }
    const record = records.get(shape.id)!
    doc.transact(() => {
      record.set('x', (index * 37) % 1000)
      record.set('y', (index * 91) % 700)
    })
  }
  doc.destroy()
  return updates
}

/**
 * `repeats` boards whose log holds `history` one row per update, as many holding it folded
 * into a snapshot by the server's own compaction, plus one of each to load first. The first
 * log is written through BoardLogStore; the other boards copy its rows inside the database.
 */
async function createColdLoadBoards(
  db: Database,
  history: readonly Uint8Array[],
  repeats: number,
): Promise<ColdLoadBoards> {
  const store = new BoardLogStore(db)
  const logged = await createBoards(db, repeats + 1, 'Cold load, log')
  const compacted = await createBoards(db, repeats + 1, 'Cold load, snapshot')
  const [source, ...copies] = logged as [string, ...string[]]
  for (let start = 0; start < history.length; start += 1000) {
    const chunk = history.slice(start, start + 1000)
    await store.append(chunk.map((update) => ({ boardId: source, update })))
  }
  for (const boardId of [...copies, compacted[0]!]) {
    await db.execute(sql`
      insert into board_updates (board_id, update)
      select ${boardId}, update from board_updates where board_id = ${source} order by id`)
  }
  await store.compact(compacted[0]!)
  for (const boardId of compacted.slice(1)) {
    await db.execute(sql`
      insert into board_snapshots (board_id, state, last_update_id)
      select ${boardId}, state, last_update_id from board_snapshots
      where board_id = ${compacted[0]!}`)
  }
  return {
    firstAfterStart: { log: logged[0]!, snapshot: compacted[0]! },
    logged: logged.slice(1),
    compacted: compacted.slice(1),
  }
}
