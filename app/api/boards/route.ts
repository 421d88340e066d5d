/**
 * GET/POST /api/boards: your boards listed; a new board (empty, from a template or holding a
 * model).
 */
import { userFromRequest } from '@/lib/auth/request-user'
import { listBoards, startBoardFromJson } from '@/lib/boards/board-use-cases'
import { readJsonBody, refusalResponse } from '@/lib/http/json'
import { bodyCaps } from '@/lib/http/request-body'

export const dynamic = 'force-dynamic'

/** The boards the caller owns or joined (`?archived` for the archived ones). */
export async function GET(request: Request) {
  const archived = new URL(request.url).searchParams.has('archived')
  const boards = await listBoards(await userFromRequest(request), { archived })
  if (!boards.ok) return refusalResponse(boards)
  return Response.json({ boards: boards.value })
}

/**
 * Creates a board owned by the caller; guests (invited by name only) cannot. The body (with
 * a model, megabytes) is read and checked by `startBoardFromJson`, off the event loop.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, bodyCaps.boardWithModel)
  if (!body.ok) return refusalResponse(body)
  const created = await startBoardFromJson(await userFromRequest(request), {
    request: body.value,
  })
  if (!created.ok) return refusalResponse(created)
  return Response.json(created.value, {
    status: 201,
    headers: { location: `/b/${created.value.id}` },
  })
}
