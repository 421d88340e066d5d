import { eq, sql } from 'drizzle-orm'
import * as Y from 'yjs'
import type { Database } from '@/lib/db/client'
import { boardModels } from '@/lib/db/schema'
import { modelFromRecords, type BoardModel } from '@/lib/model'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { BoardLogStore } from '../sync/board-log-store'

export interface StoredBoardModel {
  model: BoardModel
  derivedAt: Date
}

/** The shared model of a board's doc, read on the server without tldraw. */
export function modelOfDoc(doc: Y.Doc): BoardModel {
  return modelFromRecords(recordsOfDoc(doc))
}

/** Where each board's latest model is kept (table `board_models`). */
export class BoardModelStore {
  constructor(private readonly db: Database) {}

  async save(boardId: string, model: BoardModel, derivedAt = new Date()): Promise<void> {
    await this.db
      .insert(boardModels)
      .values({ boardId, version: model.version, model, derivedAt })
      .onConflictDoUpdate({
        target: boardModels.boardId,
        set: { version: model.version, model, derivedAt },
        // Two instances deriving at once: the later derivation wins.
        setWhere: sql`${boardModels.derivedAt} <= excluded.derived_at`,
      })
  }

  async find(boardId: string): Promise<StoredBoardModel | null> {
    const [row] = await this.db.select().from(boardModels).where(eq(boardModels.boardId, boardId))
    return row ? { model: row.model as BoardModel, derivedAt: row.derivedAt } : null
  }

  /**
   * The model of the board as the database holds it now: the stored one unless the board
   * was edited after it was derived (or it never was), in which case it is derived again
   * from the board's log and stored.
   */
  async current(board: { id: string; updatedAt: Date }): Promise<StoredBoardModel | null> {
    const stored = await this.find(board.id)
    if (stored && stored.derivedAt >= board.updatedAt) return stored
    const loaded = await new BoardLogStore(this.db).load(board.id)
    if (!loaded) return null
    const doc = new Y.Doc()
    for (const update of loaded.updates) Y.applyUpdate(doc, update)
    const derived = { model: modelOfDoc(doc), derivedAt: new Date() }
    doc.destroy()
    await this.save(board.id, derived.model, derived.derivedAt)
    return derived
  }
}
