// The update log and snapshots of every board in PostgreSQL or PGlite: load, append, compact.
import * as Y from 'yjs'
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm'
import { byteaSliceBytes } from '@/lib/db/bytea-slices'
import { applyInSlices } from '../apply-in-slices'
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
  /** @param sliceBytes the most bytes one query reads: a larger row is read in slices. */
  constructor(
    private readonly db: Database,
    private readonly sliceBytes = byteaSliceBytes,
  ) {}

  /**
   * The stored state of a board, or null when no such board exists. It takes several reads,
   * so they see the database as it stood at the first: a compaction committing in between
   * would otherwise move rows from the log into a snapshot this load has already read.
   */
  async load(boardId: string): Promise<StoredBoardState | null> {
    return this.db.transaction(
      async (tx) => {
        const [board] = await tx
          .select({ id: boards.id })
          .from(boards)
          .where(eq(boards.id, boardId))
        if (!board) return null
        const snapshot = await this.readSnapshot(tx, boardId)
        const log = await this.readLog(tx, boardId, snapshot?.lastUpdateId ?? 0)
        const updates = log.map((row) => row.update)
        return {
          updates: snapshot ? [snapshot.state, ...updates] : updates,
          logLength: log.length,
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
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
      const snapshot = await this.readSnapshot(tx, boardId)
      const log = await this.readLog(tx, boardId, snapshot?.lastUpdateId ?? 0)
      const last = log.at(-1)
      if (!last) return 0
      const doc = new Y.Doc()
      try {
        // In slices, as a room loads: a long log applied at once held the loop 100–180 ms.
        await applyInSlices(doc, [
          ...(snapshot ? [snapshot.state] : []),
          ...log.map((row) => row.update),
        ])
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

  private async readSnapshot(
    db: Reader,
    boardId: string,
  ): Promise<{ state: Uint8Array; lastUpdateId: number } | null> {
    const of = eq(boardSnapshots.boardId, boardId)
    const [snapshot] = await db
      .select({
        bytes: byteLength(boardSnapshots.state),
        whole: this.ifSmall(boardSnapshots.state),
        lastUpdateId: boardSnapshots.lastUpdateId,
      })
      .from(boardSnapshots)
      .where(of)
    if (!snapshot) return null
    const state =
      snapshot.whole ??
      (await this.readSliced(snapshot.bytes, async (from, length) => {
        const [slice] = await db
          .select({ bytes: bytesFrom(boardSnapshots.state, from, length) })
          .from(boardSnapshots)
          .where(of)
        return slice?.bytes
      }))
    return { state, lastUpdateId: snapshot.lastUpdateId }
  }

  /**
   * The log rows after `afterId`, in order, in one query; a row over `sliceBytes` comes
   * without its bytes and is read in slices after it. (The drivers decode rows one at a
   * time, so only a single large value holds the event loop, not many small ones.)
   */
  private async readLog(
    db: Reader,
    boardId: string,
    afterId: number,
  ): Promise<{ id: number; update: Uint8Array }[]> {
    const rows = await db
      .select({
        id: boardUpdates.id,
        bytes: byteLength(boardUpdates.update),
        whole: this.ifSmall(boardUpdates.update),
      })
      .from(boardUpdates)
      .where(and(eq(boardUpdates.boardId, boardId), gt(boardUpdates.id, afterId)))
      .orderBy(asc(boardUpdates.id))
    const log: { id: number; update: Uint8Array }[] = []
    for (const { id, bytes, whole } of rows) {
      const update =
        whole ??
        (await this.readSliced(bytes, async (from, length) => {
          const [slice] = await db
            .select({ bytes: bytesFrom(boardUpdates.update, from, length) })
            .from(boardUpdates)
            .where(eq(boardUpdates.id, id))
          return slice?.bytes
        }))
      log.push({ id, update })
    }
    return log
  }

  /** The column's bytes when they fit in one slice; null (read them in slices) when not. */
  private ifSmall(column: typeof boardUpdates.update | typeof boardSnapshots.state) {
    return sql<Uint8Array | null>`case when octet_length(${column}) <= ${this.sliceBytes} then ${column} end`
  }

  /** A value of `bytes` bytes read `sliceBytes` at a time (from 1, as SQL counts). */
  private async readSliced(
    bytes: number,
    read: (from: number, length: number) => Promise<Uint8Array | undefined>,
  ): Promise<Uint8Array> {
    const value = new Uint8Array(bytes)
    for (let at = 0; at < bytes; at += this.sliceBytes) {
      const slice = await read(at + 1, Math.min(this.sliceBytes, bytes - at))
      // The row went away between the reads (a compaction or a deleted board): say so.
      if (!slice) throw new Error('a stored update changed while it was read; read it again')
      value.set(slice, at)
    }
    return value
  }
}

type Reader = Pick<Database, 'select'>

function byteLength(column: typeof boardUpdates.update | typeof boardSnapshots.state) {
  return sql<number>`octet_length(${column})`.mapWith(Number)
}

function bytesFrom(
  column: typeof boardUpdates.update | typeof boardSnapshots.state,
  from: number,
  length: number,
) {
  return sql<Uint8Array>`substring(${column} from ${from} for ${length})`
}
