import { appContext } from '@/lib/app-context'
import { findBoard } from '@/lib/boards'
import { jsonError } from '@/lib/http/json'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

/** The board's shared model as JSON (README, "The shared model"). */
export async function GET(_request: Request, context: RouteContext<'/api/boards/[boardId]/model'>) {
  const { boardId } = await context.params
  const { database } = await appContext()
  const board = await findBoard(database.db, boardId)
  if (!board) return jsonError(404, `board ${boardId} does not exist`)
  const current = await new BoardModelStore(database.db).current(board)
  if (!current) return jsonError(404, `board ${boardId} does not exist`)
  return Response.json({
    ...current.model,
    board: { id: board.id, title: board.title, kind: board.kind },
    derivedAt: current.derivedAt.toISOString(),
  })
}
