// The update log and snapshots of every board in PostgreSQL or PGlite: load, append, compact.
import * as Y from 'yjs'
import { and, count, eq, gt, lte, sql } from 'drizzle-orm'
import { byteaSliceBytes } from '@/lib/db/bytea-slices'
import { executePrepared } from '@/lib/db/prepared'
import { applyInSlices } from '../apply-in-slices'
import { statePieces } from '../state-pieces'
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
  /**
   * @param sliceBytes the most bytes one query reads: a larger row is read in slices.
   * @param fold the state holding all the given updates, in pieces (`statePieces`) that a
   *   load applies a few at a time; the server's folds in its worker thread (a 2,000-shape
   *   board's snapshot and log held its event loop 100 ms and more).
   */
  constructor(
    private readonly db: Database,
    private readonly sliceBytes = byteaSliceBytes,
    private readonly fold: (updates: Uint8Array[]) => Promise<Uint8Array[]> = foldHere,
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
        const updates = log?.updates ?? []
        return {
          updates: snapshot ? [...snapshot.updates, ...updates] : updates,
          logLength: updates.length,
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
    await executePrepared(
      this.db,
      'append to the update log',
      sql`
        insert into ${boardUpdates} (board_id, update)
        select board_id, decode(hex, 'hex')
        from unnest(${sql.param(boardIds)}::text[], ${sql.param(updates)}::text[])
          with ordinality as batch(board_id, hex, position)
        order by position`,
    )
  }

  /**
   * Marks boards as edited now (their "last edited" time in lists), in one statement whose
   * text is the same however many boards (two array parameters), so it stays prepared.
   */
  async markEdited(edits: BoardEdit[]): Promise<void> {
    if (edits.length === 0) return
    const boardIds = edits.map((edit) => edit.boardId)
    const times = edits.map((edit) => edit.at.toISOString())
    await executePrepared(
      this.db,
      'mark boards edited',
      sql`update ${boards} set updated_at = greatest(${boards.updatedAt}, edits.at::timestamptz)
          from unnest(${sql.param(boardIds)}::text[], ${sql.param(times)}::text[]) as edits(id, at)
          where ${boards.id} = edits.id`,
    )
  }

  /**
   * Folds the board's log into its snapshot: reads both as of one moment, has `fold` apply
   * them to a Y.Doc (Y.mergeUpdates is super-linear on long logs), then stores the result's
   * pieces, packed as log rows are read, and drops the folded rows in one transaction.
   * Folding happens outside any transaction, as it takes a while (off the server's thread,
   * and PGlite has one connection for everything); the write goes ahead only if no other
   * compaction stored a snapshot of the board meanwhile and the folded rows are all the log
   * holds up to the last of them, under an advisory lock. Later appends are safe: they get
   * higher ids and stay in the log.
   * Returns how many log rows were folded.
   */
  async compact(boardId: string): Promise<number> {
    const stored = await this.db.transaction(
      async (tx) => {
        const snapshot = await this.readSnapshot(tx, boardId)
        const log = await this.readLog(tx, boardId, snapshot?.lastUpdateId ?? 0)
        return log && { snapshot, log }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
    if (!stored) return 0
    const { snapshot, log } = stored
    const state = packPieces(await this.fold([...(snapshot?.updates ?? []), ...log.updates]))
    return this.db.transaction(async (tx) => {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${'cubeboard:compact:' + boardId}))`,
      )
      const [current] = await tx
        .select({ lastUpdateId: boardSnapshots.lastUpdateId })
        .from(boardSnapshots)
        .where(eq(boardSnapshots.boardId, boardId))
      if ((current?.lastUpdateId ?? null) !== (snapshot?.lastUpdateId ?? null)) return 0
      // A row another instance numbered before the last one read but committed after the
      // read would be dropped unfolded: then this compaction leaves it to the next one.
      const [rows] = await tx
        .select({ count: count() })
        .from(boardUpdates)
        .where(
          and(
            eq(boardUpdates.boardId, boardId),
            gt(boardUpdates.id, snapshot?.lastUpdateId ?? 0),
            lte(boardUpdates.id, log.lastId),
          ),
        )
      if (rows?.count !== log.updates.length) return 0
      await tx
        .insert(boardSnapshots)
        .values({ boardId, state, lastUpdateId: log.lastId })
        .onConflictDoUpdate({
          target: boardSnapshots.boardId,
          set: { state, lastUpdateId: log.lastId, updatedAt: sql`now()` },
        })
      await tx
        .delete(boardUpdates)
        .where(and(eq(boardUpdates.boardId, boardId), lte(boardUpdates.id, log.lastId)))
      return log.updates.length
    })
  }

  private async readSnapshot(
    db: Reader,
    boardId: string,
  ): Promise<{ updates: Uint8Array[]; lastUpdateId: number } | null> {
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
    // Snapshots stored before the state came in pieces are one update, without the header.
    const updates = piecesHeader.every((byte, index) => state[index] === byte)
      ? unpackInto([], state.subarray(piecesHeader.length))
      : [state]
    return { updates, lastUpdateId: snapshot.lastUpdateId }
  }

  /**
   * The log rows after `afterId`, in order, and the last one's id. Small rows come packed
   * together, each prefixed with its length, in values of at most `sliceBytes`: reading
   * 10,000 rows one by one took half as long again (and a row object each). A row over half a
   * slice comes alone, and one over a slice without its bytes, read in slices after it.
   * (The drivers decode a value whole, so only a single large value holds the event loop.)
   */
  private async readLog(
    db: Reader,
    boardId: string,
    afterId: number,
  ): Promise<{ updates: Uint8Array[]; lastId: number } | null> {
    const halfSlice = Math.max(1, Math.floor(this.sliceBytes / 2))
    // Both databases are reached through postgres.js, whose result is the array of rows.
    const groups = await executePrepared<PackedGroup>(
      db,
      'read the update log',
      sql`
      with log as (
        select id, ${boardUpdates.update} as update, octet_length(${boardUpdates.update}) as bytes,
          sum(octet_length(${boardUpdates.update})) over (order by id) as upto
        from ${boardUpdates}
        where ${boardUpdates.boardId} = ${boardId} and ${boardUpdates.id} > ${afterId}
      )
      select max(id) as "lastId", sum(bytes) as bytes,
        case when max(bytes) <= ${this.sliceBytes}
          then string_agg(int4send(bytes) || update, ''::bytea order by id) end as packed
      from log
      group by case when bytes > ${halfSlice} then -id else (upto - 1) / ${halfSlice}::bigint end
      order by min(id)`,
    )
    const updates: Uint8Array[] = []
    for (const { lastId, bytes, packed } of groups) {
      if (packed) {
        unpackInto(updates, packed)
        continue
      }
      updates.push(
        await this.readSliced(Number(bytes), async (from, length) => {
          const [slice] = await db
            .select({ bytes: bytesFrom(boardUpdates.update, from, length) })
            .from(boardUpdates)
            .where(eq(boardUpdates.id, Number(lastId)))
          return slice?.bytes
        }),
      )
    }
    const last = groups.at(-1)
    return last ? { updates, lastId: Number(last.lastId) } : null
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

type Reader = Pick<Database, 'select' | '_'>

/** Consecutive log rows read as one value; int8 sums and ids come as text. */
interface PackedGroup {
  lastId: string
  bytes: string
  /** Each row's length and bytes; null for a row over a slice, read in slices instead. */
  packed: Uint8Array | null
}

/**
 * Appends the rows of a packed value (each one's bytes after its length, 4 bytes big-endian)
 * to `rows`, one by one: a value can hold tens of thousands of rows, too many to spread
 * into one call's arguments.
 */
function unpackInto(rows: Uint8Array[], packed: Uint8Array): Uint8Array[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength)
  for (let at = 0; at < packed.byteLength;) {
    const length = view.getUint32(at)
    rows.push(packed.subarray(at + 4, at + 4 + length))
    at += 4 + length
  }
  return rows
}

/**
 * The first bytes of a snapshot stored in pieces. They read as a struct with a content type
 * Yjs does not have, so no state stored whole starts with them; and a server from before
 * pieces, reading the column as one Yjs update, refuses the board instead of reading the
 * pieces as an empty update (they start with zero bytes), showing the board empty and
 * compacting its log into an empty state.
 */
const piecesHeader = Uint8Array.of(1, 1, 0, 0, 0x1f, 1, 0)

/** A snapshot's pieces as stored: the header, then each as `unpackInto` reads them. */
function packPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const value = new Uint8Array(
    pieces.reduce((bytes, piece) => bytes + 4 + piece.byteLength, piecesHeader.byteLength),
  )
  value.set(piecesHeader)
  const view = new DataView(value.buffer)
  let at = piecesHeader.byteLength
  for (const piece of pieces) {
    view.setUint32(at, piece.byteLength)
    value.set(piece, at + 4)
    at += 4 + piece.byteLength
  }
  return value
}

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

/** Folds updates on this thread, a slice at a time, so the event loop still turns. */
async function foldHere(updates: Uint8Array[]): Promise<Uint8Array[]> {
  const doc = new Y.Doc()
  try {
    await applyInSlices(doc, updates)
    return statePieces(Y.encodeStateAsUpdate(doc))
  } finally {
    doc.destroy()
  }
}
