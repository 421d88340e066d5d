// The board_models table: each board's latest shared model, kept so saved boards can be read and searched without a canvas.
import { and, desc, eq, sql } from 'drizzle-orm'
import type { ModelWork } from '../app-context'
import type { Database } from '../db/client'
import { boardMembers, boardModels, boards } from '../db/schema'
import { searchModel, storableJson, type BoardModel, type ModelMatch } from '../model'

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

/** A board's model as the JSON text it is stored as, and when it was derived. */
export interface StoredModelJson {
  json: string
  derivedAt: Date
}

/** Where each board's latest model is kept (table `board_models`). */
export class BoardModelStore {
  constructor(private readonly db: Database) {}

  /**
   * Keeps a board's model (an object, or JSON text as the model worker writes it, which is
   * stored without being parsed here); of two derivations saved at once, the later one wins.
   */
  async save(boardId: string, model: BoardModel | string, derivedAt = new Date()): Promise<void> {
    const json = typeof model === 'string' ? model : storableJson(model)
    const version = typeof model === 'string' ? versionOf(json) : model.version
    await this.db.execute(sql`
      insert into ${boardModels} (board_id, version, model, derived_at)
      values (${boardId}, ${version}, ${json}::jsonb, ${derivedAt.toISOString()}::timestamptz)
      on conflict (board_id) do update
        set version = excluded.version, model = excluded.model, derived_at = excluded.derived_at
        -- Two instances deriving at once: the later derivation wins.
        where ${boardModels.derivedAt} <= excluded.derived_at`)
  }

  /**
   * Boards of `userId` whose stored models name the query (departments, cubes, items), most
   * recently edited first. Reads the models of the `scanLimit` latest boards as JSON text and
   * searches them with `models` (the Cubeboard server's model worker: parsing and searching
   * a 5,000-cube model took a third of a second), or here when Next runs on its own.
   */
  async search(
    query: string,
    userId: string,
    models: Pick<ModelWork, 'search'> | undefined,
    scanLimit = 1000,
  ): Promise<BoardSearchResult[]> {
    const rows = await this.db
      .select({
        id: boards.id,
        title: boards.title,
        updatedAt: boards.updatedAt,
        json: sql<string>`${boardModels.model}::text`,
      })
      .from(boardModels)
      .innerJoin(boards, eq(boards.id, boardModels.boardId))
      .innerJoin(
        boardMembers,
        and(eq(boardMembers.boardId, boards.id), eq(boardMembers.userId, userId)),
      )
      .orderBy(desc(boards.updatedAt))
      .limit(scanLimit)
    const texts = rows.map((row) => row.json)
    const found = models
      ? await models.search(query, texts)
      : texts.map((json) => searchModel(JSON.parse(json) as BoardModel, query))
    return rows.flatMap(({ id, title, updatedAt }, at) => {
      const matches = found[at] ?? []
      return matches.length > 0 ? [{ board: { id, title, updatedAt }, matches }] : []
    })
  }

  /** The stored model of a board, however old; null when none was ever stored. */
  async find(boardId: string): Promise<StoredBoardModel | null> {
    const [row] = await this.db.select().from(boardModels).where(eq(boardModels.boardId, boardId))
    return row ? { model: row.model as BoardModel, derivedAt: row.derivedAt } : null
  }

  /** When the stored model of the board was derived, without reading the model. */
  async derivedAt(boardId: string): Promise<Date | null> {
    const [row] = await this.db
      .select({ derivedAt: boardModels.derivedAt })
      .from(boardModels)
      .where(eq(boardModels.boardId, boardId))
    return row?.derivedAt ?? null
  }

  /** The stored model of a board as JSON text (not parsed here); null when none was stored. */
  async findJson(boardId: string): Promise<StoredModelJson | null> {
    const [row] = await this.db
      .select({ json: sql<string>`${boardModels.model}::text`, derivedAt: boardModels.derivedAt })
      .from(boardModels)
      .where(eq(boardModels.boardId, boardId))
    return row ?? null
  }

  /**
   * The model of the board as it stands now, as JSON text: the stored one unless the board
   * was edited after it was derived (or it never was), in which case `models` (the
   * Cubeboard server's model worker) derives it again from the board's doc, off the event
   * loop, and it is stored. Without `models` (Next on its own) it is the stored one, which
   * trails edits by a second or more.
   */
  async currentJson(
    board: { id: string; updatedAt: Date },
    models: Pick<ModelWork, 'derive'> | undefined,
  ): Promise<StoredModelJson | null> {
    const stored = await this.findJson(board.id)
    if (!models || (stored && stored.derivedAt >= board.updatedAt)) return stored
    const derivedAt = new Date()
    const json = await models.derive(board.id)
    if (json === null) return null
    await this.save(board.id, json, derivedAt)
    return { json, derivedAt }
  }

  /** The model of the board as it stands now (see `currentJson`). */
  async current(
    board: { id: string; updatedAt: Date },
    models: Pick<ModelWork, 'derive'> | undefined,
  ): Promise<StoredBoardModel | null> {
    const current = await this.currentJson(board, models)
    return (
      current && { model: JSON.parse(current.json) as BoardModel, derivedAt: current.derivedAt }
    )
  }
}

/** The version a model JSON says it has (stored beside it), without parsing all of it. */
function versionOf(json: string): number {
  const version = /^\{"version":(\d+)/.exec(json)?.[1]
  if (!version) throw new Error('a model JSON starts with its version')
  return Number(version)
}
