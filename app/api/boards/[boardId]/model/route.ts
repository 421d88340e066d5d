import { noSuchBoard } from '@/lib/auth/board-access'
import { routeBoardAccess } from '@/lib/http/route-access'
import { jsonError } from '@/lib/http/json'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

/** The board's shared model as JSON (README, "The shared model"). */
export async function GET(request: Request, context: RouteContext<'/api/boards/[boardId]/model'>) {
  const { boardId } = await context.params
  const checked = await routeBoardAccess(request, boardId, 'view')
  if ('response' in checked) return checked.response
  const { board } = checked.access
  const current = await new BoardModelStore(checked.context.database.db).current(board)
  if (!current) return jsonError(404, noSuchBoard(boardId))
  return Response.json({
    ...current.model,
    board: { id: board.id, title: board.title, kind: board.kind },
    derivedAt: current.derivedAt.toISOString(),
  })
}
