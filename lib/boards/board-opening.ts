// What the board page hands the browser about the board: its state, and what changed since the member's last visit.
import 'server-only'
import type { AppContext } from '../app-context'
import { lastVisitOf } from '../sharing/member-store'
import { modelChanges, storedModel, type BoardModel, type Revisit } from '../model'
import { pageStateOfDoc } from '../sync/page-state'
import { BoardModelStore } from './model-store'

/** What the board page hands the browser about the board itself, read from one look at its doc. */
export interface BoardOpening {
  /** The board's doc as it stands (`pageStateOfDoc`); null without one. */
  pageState: string | null
  /**
   * What changed since the member last left the board; null on a first visit, when what
   * they saw then cannot be read, or when nothing changed. It follows the page rather than
   * holding it up (deriving a 2,000-shape board's model takes a worker a while), and never
   * fails: should it, the page shows no changes and the server log says why.
   */
  revisit: Promise<Revisit | null>
}

/**
 * Reads the live doc (memory when the Cubeboard server has the board open, else the
 * database) for the page state, and, for a member coming back, the model as it stands now,
 * derived in the model worker. Without the Cubeboard server there is no page state and the
 * model is the stored one, which trails edits by a second or more.
 */
export async function boardOpening(
  context: AppContext,
  board: { id: string; updatedAt: Date },
  userId: string,
): Promise<BoardOpening> {
  const revisit = revisitOf(context, board, userId).catch((error: unknown) => {
    console.error(`Cubeboard: could not tell what changed on board ${board.id}`, error)
    return null
  })
  const pageState = await context.boards?.read(board.id, pageStateOfDoc)
  return { pageState: pageState ?? null, revisit }
}

async function revisitOf(
  context: AppContext,
  board: { id: string },
  userId: string,
): Promise<Revisit | null> {
  const visit = await lastVisitOf(context.database.db, board.id, userId)
  const seen = visit ? storedModel(visit.seenModel) : null
  if (!visit || !seen) return null
  const current = await modelNow(context, board)
  const changes = current ? modelChanges(seen, current) : []
  return changes.length > 0 ? { since: visit.at.toISOString(), changes } : null
}

/** The board's model including edits not yet stored (the stored one without the Cubeboard server). */
async function modelNow(context: AppContext, board: { id: string }): Promise<BoardModel | null> {
  if (context.models) {
    const json = await context.models.derive(board.id)
    return json === null ? null : (JSON.parse(json) as BoardModel)
  }
  return (await new BoardModelStore(context.database.db).find(board.id))?.model ?? null
}
