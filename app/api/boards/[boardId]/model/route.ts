// GET /api/boards/<id>/model: the board's shared model as JSON.
import { userFromRequest } from '@/lib/auth/request-user'
import { readBoardModelJson } from '@/lib/boards/model-use-cases'
import { jsonTextResponse, refusalResponse } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

/** The board's shared model as JSON (README, "The shared model"). */
export async function GET(request: Request, context: RouteContext<'/api/boards/[boardId]/model'>) {
  const { boardId } = await context.params
  const reading = await readBoardModelJson(await userFromRequest(request), { boardId })
  if (!reading.ok) return refusalResponse(reading)
  const { board, json, derivedAt } = reading.value
  return jsonTextResponse(json, {
    board: { id: board.id, title: board.title, kind: board.kind },
    derivedAt: derivedAt.toISOString(),
  })
}
