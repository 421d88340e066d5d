// What the board page hands the browser about the board: its snapshot, and what changed since the member's last visit.
import 'server-only'
import type * as Y from 'yjs'
import type { AppContext } from '../app-context'
import { lastVisitOf } from '../sharing/member-store'
import { modelChanges, storedModel, type BoardModel, type Revisit } from '../model'
import { snapshotJson, snapshotOfDoc } from '../sync/board-snapshot'
import { BoardModelStore } from './model-store'

/** What the board page hands the browser about the board itself, read from one look at its doc. */
export interface BoardOpening {
  /** The board as it stands (`snapshotJson`), shown until the live doc is in; null without one. */
  snapshot: string | null
  /**
   * What changed since the member last left the board; null on a first visit, when what
   * they saw then cannot be read, or when nothing changed.
   */
  revisit: Revisit | null
}

/**
 * Reads the live doc (memory when the Cubeboard server has the board open, else the
 * database) for the snapshot, and, for a member coming back, the model as it stands now,
 * derived in the model worker. Without the Cubeboard server there is no snapshot and the
 * model is the stored one, which trails edits by a second or more.
 */
export async function boardOpening(
  context: AppContext,
  board: { id: string; updatedAt: Date },
  userId: string,
): Promise<BoardOpening> {
  const visit = await lastVisitOf(context.database.db, board.id, userId)
  const seen = visit ? storedModel(visit.seenModel) : null
  const snapshot = await context.boards?.read(board.id, (doc: Y.Doc) => {
    const snapshot = snapshotOfDoc(doc)
    return snapshot && snapshotJson(snapshot)
  })
  const current = seen ? await modelNow(context, board) : null
  const changes = seen && current ? modelChanges(seen, current) : []
  return {
    snapshot: snapshot ?? null,
    revisit: visit && changes.length > 0 ? { since: visit.at.toISOString(), changes } : null,
  }
}

/** The board's model including edits not yet stored (the stored one without the Cubeboard server). */
async function modelNow(context: AppContext, board: { id: string }): Promise<BoardModel | null> {
  if (context.models) {
    const json = await context.models.derive(board.id)
    return json === null ? null : (JSON.parse(json) as BoardModel)
  }
  return (await new BoardModelStore(context.database.db).find(board.id))?.model ?? null
}
