// GET /api/boards/<id>/model/analysis: the board's model analysed, with `?impactOf`.
import { userFromRequest } from '@/lib/auth/request-user'
import { analyseBoardModel } from '@/lib/boards/model-use-cases'
import { jsonTextResponse, refusalResponse } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

/**
 * The board's model analysed: cycles, dependencies, department relations, gaps, coverage,
 * journeys and principles, and with `?impactOf=<id>` what fails downstream of one service,
 * process, step or cube, and with `?cube=<id>` the dependencies of that cube only (README,
 * "Asking the model").
 */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/model/analysis'>,
) {
  const { boardId } = await context.params
  const query = new URL(request.url).searchParams
  const analysis = await analyseBoardModel(await userFromRequest(request), {
    boardId,
    impactOf: query.get('impactOf') ?? undefined,
    cube: query.get('cube') ?? undefined,
  })
  if (!analysis.ok) return refusalResponse(analysis)
  const { board, json, derivedAt } = analysis.value
  return jsonTextResponse(json, {
    board: { id: board.id, title: board.title, kind: board.kind },
    derivedAt: derivedAt.toISOString(),
  })
}
