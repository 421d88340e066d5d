// The board_models table: each board's latest shared model, kept so saved boards can be read and searched without a canvas.
import { and, desc, eq, sql } from 'drizzle-orm'
import type * as Y from 'yjs'
import type { LiveBoards } from '../app-context'
import type { Database } from '../db/client'
import { boardMembers, boardModels, boards } from '../db/schema'
import { modelFromRecords, searchModel, type BoardModel, type ModelMatch } from '../model'
import { recordsOfDoc } from '../sync/record-layout'

/** A board whose stored model has matches for a search. */
export interface BoardSearchResult {
  board: { id: string; title: string; updatedAt: Date }
  matches: ModelMatch[]
}

/** A board's model and when it was derived from the board's doc. */
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

  /** Keeps a board's model; of two derivations saved at once, the later one wins. */
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

  /**
   * Boards of `userId` whose stored models name the query (departments, cubes, items), most recently
   * edited first. Reads the models of the `scanLimit` latest boards.
   */
  async search(query: string, userId: string, scanLimit = 1000): Promise<BoardSearchResult[]> {
    const rows = await this.db
      .select({
        id: boards.id,
        title: boards.title,
        updatedAt: boards.updatedAt,
        model: boardModels.model,
      })
      .from(boardModels)
      .innerJoin(boards, eq(boards.id, boardModels.boardId))
      .innerJoin(
        boardMembers,
        and(eq(boardMembers.boardId, boards.id), eq(boardMembers.userId, userId)),
      )
      .orderBy(desc(boards.updatedAt))
      .limit(scanLimit)
    return rows.flatMap(({ model, ...board }) => {
      const matches = searchModel(model as BoardModel, query)
      return matches.length > 0 ? [{ board, matches }] : []
    })
  }

  /** The stored model of a board, however old; null when none was ever stored. */
  async find(boardId: string): Promise<StoredBoardModel | null> {
    const [row] = await this.db.select().from(boardModels).where(eq(boardModels.boardId, boardId))
    return row ? { model: row.model as BoardModel, derivedAt: row.derivedAt } : null
  }

  /**
   * The model of the board as it stands now: the stored one unless the board was edited
   * after it was derived (or it never was), in which case it is derived again from the
   * board's doc as `docs` read it (the Cubeboard server's live boards) and stored. Without
   * `docs` (Next on its own) it is the stored one, which trails edits by a second or more.
   */
  async current(
    board: { id: string; updatedAt: Date },
    docs: Pick<LiveBoards, 'read'> | undefined,
  ): Promise<StoredBoardModel | null> {
    const stored = await this.find(board.id)
    if (!docs || (stored && stored.derivedAt >= board.updatedAt)) return stored
    const model = await docs.read(board.id, modelOfDoc)
    if (!model) return null
    const derived = { model, derivedAt: new Date() }
    await this.save(board.id, derived.model, derived.derivedAt)
    return derived
  }
}
