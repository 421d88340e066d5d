// The update log and snapshots of every board in PostgreSQL or PGlite: load, append, compact.
import * as Y from 'yjs'
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm'
import type { Database } from '@/lib/db/client'
import type { BoardEdit } from './edit-times'
import { boards, boardSnapshots, boardUpdates } from '@/lib/db/schema'

/** A board's stored state: the snapshot (if any) followed by the later log rows. */
export interface StoredBoardState {
  updates: Uint8Array[]
  /** Log rows not yet folded into the snapshot; drives compaction. */
  logLength: number
}

export interface LoggedUpdate {
  boardId: string
  update: Uint8Array
}

/**
 * Reads and writes the per-board update log and snapshots in PostgreSQL (or PGlite).
 * Load = snapshot + later updates; compaction folds the log into the snapshot.
 */
export class BoardLogStore {
  constructor(private readonly db: Database) {}

  /** The stored state of a board, or null when no such board exists. */
  async load(boardId: string): Promise<StoredBoardState | null> {
    const [board] = await this.db
      .select({ id: boards.id })
      .from(boards)
      .where(eq(boards.id, boardId))
    if (!board) return null
    const [snapshot] = await this.db
      .select({ state: boardSnapshots.state, lastUpdateId: boardSnapshots.lastUpdateId })
      .from(boardSnapshots)
      .where(eq(boardSnapshots.boardId, boardId))
    const log = await this.readLog(this.db, boardId, snapshot?.lastUpdateId ?? 0)
    const updates = log.map((row) => row.update)
    return {
      updates: snapshot ? [snapshot.state, ...updates] : updates,
      logLength: log.length,
    }
  }

  /**
   * Appends a batch of updates, for any number of boards, in one statement (so one
   * transaction). It runs every few dozen milliseconds while people edit: on PGlite every
   * statement runs on the server's event loop, so the hot path is this single insert. Its
   * rows travel as two array parameters (board ids, updates in hex), not two parameters per
   * row: with 100 boards editing, that halves what the insert costs to build, send and parse.
   */
  async append(batch: LoggedUpdate[]): Promise<void> {
    if (batch.length === 0) return
    const boardIds = batch.map((row) => row.boardId)
    const updates = batch.map(({ update }) =>
      Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('hex'),
    )
    await this.db.execute(sql`
      insert into ${boardUpdates} (board_id, update)
      select board_id, decode(hex, 'hex')
      from unnest(${sql.param(boardIds)}::text[], ${sql.param(updates)}::text[])
        with ordinality as batch(board_id, hex, position)
      order by position`)
  }

  /** Marks boards as edited now (their "last edited" time in lists). */
  async markEdited(edits: BoardEdit[]): Promise<void> {
    if (edits.length === 0) return
    const times = sql.join(
      edits.map(({ boardId, at }) => sql`(${boardId}, ${at.toISOString()}::timestamptz)`),
      sql`, `,
    )
    await this.db.execute(
      sql`update ${boards} set updated_at = greatest(${boards.updatedAt}, edits.at)
          from (values ${times}) as edits(id, at) where ${boards.id} = edits.id`,
    )
  }

  /**
   * Folds the board's log into its snapshot by applying it to a Y.Doc (Y.mergeUpdates is
   * super-linear on long logs). Concurrent appends are safe: they get higher ids and stay
   * in the log. An advisory lock keeps two compactions of one board from overlapping.
   * Returns how many log rows were folded.
   */
  async compact(boardId: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${'cubeboard:compact:' + boardId}))`,
      )
      const [snapshot] = await tx
        .select({ state: boardSnapshots.state, lastUpdateId: boardSnapshots.lastUpdateId })
        .from(boardSnapshots)
        .where(eq(boardSnapshots.boardId, boardId))
      const log = await this.readLog(tx, boardId, snapshot?.lastUpdateId ?? 0)
      const last = log.at(-1)
      if (!last) return 0
      const doc = new Y.Doc()
      try {
        doc.transact(() => {
          if (snapshot) Y.applyUpdate(doc, snapshot.state)
          for (const row of log) Y.applyUpdate(doc, row.update)
        })
        const state = Y.encodeStateAsUpdate(doc)
        await tx
          .insert(boardSnapshots)
          .values({ boardId, state, lastUpdateId: last.id })
          .onConflictDoUpdate({
            target: boardSnapshots.boardId,
            set: { state, lastUpdateId: last.id, updatedAt: sql`now()` },
          })
        await tx
          .delete(boardUpdates)
          .where(and(eq(boardUpdates.boardId, boardId), lte(boardUpdates.id, last.id)))
      } finally {
        doc.destroy()
      }
      return log.length
    })
  }

  private readLog(db: Pick<Database, 'select'>, boardId: string, afterId: number) {
    return db
      .select({ id: boardUpdates.id, update: boardUpdates.update })
      .from(boardUpdates)
      .where(and(eq(boardUpdates.boardId, boardId), gt(boardUpdates.id, afterId)))
      .orderBy(asc(boardUpdates.id))
  }
}
