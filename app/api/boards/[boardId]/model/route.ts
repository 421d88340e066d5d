import { userFromRequest } from '@/lib/auth/request-user'
import { readBoardModel } from '@/lib/boards/model-use-cases'
import { refusalResponse } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

/** The board's shared model as JSON (README, "The shared model"). */
export async function GET(request: Request, context: RouteContext<'/api/boards/[boardId]/model'>) {
  const { boardId } = await context.params
  const reading = await readBoardModel(await userFromRequest(request), { boardId })
  if (!reading.ok) return refusalResponse(reading)
  const { board, model, derivedAt } = reading.value
  return Response.json({
    ...model,
    board: { id: board.id, title: board.title, kind: board.kind },
    derivedAt: derivedAt.toISOString(),
  })
}
