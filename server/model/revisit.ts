import * as Y from 'yjs'
import type { AppContext } from '@/lib/app-context'
import { lastVisitOf } from '@/lib/auth/members'
import { modelChanges, storedModel, type BoardModel, type Revisit } from '@/lib/model'
import { BoardModelStore, modelOfDoc } from './board-model-store'

/**
 * What changed on a board since the member last left it, for the board page to show;
 * null on a first visit, when what they saw then cannot be read, or when nothing changed.
 */
export async function revisitOf(
  context: AppContext,
  board: { id: string; updatedAt: Date },
  userId: string,
): Promise<Revisit | null> {
  const visit = await lastVisitOf(context.database.db, board.id, userId)
  const seen = visit ? storedModel(visit.seenModel) : null
  if (!visit || !seen) return null
  const current = await currentModel(context, board)
  if (!current) return null
  const changes = modelChanges(seen, current)
  return changes.length > 0 ? { since: visit.at.toISOString(), changes } : null
}

/**
 * The board's model as it stands: read from the live doc when the Cubeboard server runs
 * (the stored model trails edits by a second or more), else the stored one.
 */
async function currentModel(
  context: AppContext,
  board: { id: string; updatedAt: Date },
): Promise<BoardModel | null> {
  const state = await context.boards?.state(board.id)
  if (!state) return (await new BoardModelStore(context.database.db).current(board))?.model ?? null
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  const model = modelOfDoc(doc)
  doc.destroy()
  return model
}
