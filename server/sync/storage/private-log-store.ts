// Members' private items in PostgreSQL or PGlite: one update log per board and member, beside the boards'.
import * as Y from 'yjs'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '@/lib/db/client'
import { boards, privateUpdates } from '@/lib/db/schema'
import { readDocOf } from '../apply-in-slices'

/** One update of one member's private doc on one board. */
export interface PrivateUpdate {
  boardId: string
  memberId: string
  update: Uint8Array
}

/**
 * Reads and writes the private update log (`private_updates`). It is a table of its own so
 * that nothing reading boards (the model, versions, exports, page snapshots, search) can
 * come across a private item by accident.
 */
export class PrivateLogStore {
  constructor(private readonly db: Database) {}

  /** A member's private updates on a board (none yet: empty), or null when the board does not exist. */
  async load(boardId: string, memberId: string): Promise<Uint8Array[] | null> {
    const [board] = await this.db
      .select({ id: boards.id })
      .from(boards)
      .where(eq(boards.id, boardId))
    if (!board) return null
    const rows = await this.db
      .select({ update: privateUpdates.update })
      .from(privateUpdates)
      .where(and(eq(privateUpdates.boardId, boardId), eq(privateUpdates.memberId, memberId)))
      .orderBy(asc(privateUpdates.id))
    return rows.map((row) => row.update)
  }

  /** The members who have private updates stored on a board. */
  async membersOf(boardId: string): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ memberId: privateUpdates.memberId })
      .from(privateUpdates)
      .where(eq(privateUpdates.boardId, boardId))
    return rows.map((row) => row.memberId)
  }

  /** Appends a batch, for any boards and members, in one statement. */
  async append(batch: PrivateUpdate[]): Promise<void> {
    if (batch.length === 0) return
    await this.db.insert(privateUpdates).values(batch)
  }

  /**
   * Folds a member's rows on a board into one, in one transaction (rows appended meanwhile
   * get higher ids and stay). Private docs are small: this runs when the room leaves memory.
   */
  async compact(boardId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`cubeboard:private:${boardId}:${memberId}`}))`,
      )
      const rows = await tx
        .select({ id: privateUpdates.id, update: privateUpdates.update })
        .from(privateUpdates)
        .where(and(eq(privateUpdates.boardId, boardId), eq(privateUpdates.memberId, memberId)))
        .orderBy(asc(privateUpdates.id))
      if (rows.length < 2) return
      const update = readDocOf(
        rows.map((row) => row.update),
        (doc) => Y.encodeStateAsUpdate(doc),
      )
      // Yjs updates apply in any order, so the folded row may come after later ones.
      await tx.delete(privateUpdates).where(
        inArray(
          privateUpdates.id,
          rows.map((row) => row.id),
        ),
      )
      await tx.insert(privateUpdates).values({ boardId, memberId, update })
    })
  }
}
