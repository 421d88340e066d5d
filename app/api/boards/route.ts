/**
 * GET/POST /api/boards: your boards listed; a new board (empty, from a template or holding a
 * model).
 */
import { z } from 'zod'
import { userFromRequest } from '@/lib/auth/request-user'
import { listBoards, newBoardSchema, startBoard } from '@/lib/boards/board-use-cases'
import { parseJsonBody, refusalResponse } from '@/lib/http/json'
import { bodyCaps } from '@/lib/http/request-body'

export const dynamic = 'force-dynamic'

/** The boards the caller owns or joined (`?archived` for the archived ones). */
export async function GET(request: Request) {
  const archived = new URL(request.url).searchParams.has('archived')
  const boards = await listBoards(await userFromRequest(request), { archived })
  if (!boards.ok) return refusalResponse(boards)
  return Response.json({ boards: boards.value })
}

const newBoardRequestSchema = newBoardSchema.extend({
  /** A model to build the board from (the JSON `GET /api/boards/<id>/model` gives); `startBoard` checks it. */
  model: z.unknown().optional(),
})

/** Creates a board owned by the caller; guests (invited by name only) cannot. */
export async function POST(request: Request) {
  const input = await parseJsonBody(request, newBoardRequestSchema, bodyCaps.boardWithModel)
  if (!input.ok) return refusalResponse(input)
  const created = await startBoard(await userFromRequest(request), input.value)
  if (!created.ok) return refusalResponse(created)
  return Response.json(created.value, {
    status: 201,
    headers: { location: `/b/${created.value.id}` },
  })
}
