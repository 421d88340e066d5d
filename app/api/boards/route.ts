import { boardsOf, newBoardSchema } from '@/lib/boards'
import { jsonError, parseJsonBody } from '@/lib/http/json'
import { routeUser } from '@/lib/http/route-access'
import { startBoard } from '@/lib/board-creation'
import { boardModelSchema } from '@/lib/model'

export const dynamic = 'force-dynamic'

/** The boards the caller owns or joined (`?archived` for the archived ones). */
export async function GET(request: Request) {
  const asker = await routeUser(request)
  if ('response' in asker) return asker.response
  const archived = new URL(request.url).searchParams.has('archived')
  const boards = await boardsOf(asker.context.database.db, asker.user.id, { archived })
  return Response.json({ boards })
}

const newBoardRequestSchema = newBoardSchema.extend({
  /** A model to build the board from (the JSON `GET /api/boards/<id>/model` gives). */
  model: boardModelSchema.optional(),
})

/** Creates a board owned by the caller; guests (invited by name only) cannot. */
export async function POST(request: Request) {
  const asker = await routeUser(request)
  if ('response' in asker) return asker.response
  if (asker.user.kind === 'guest') {
    return jsonError(403, 'guests cannot create boards; sign in with an account to make your own')
  }
  const input = await parseJsonBody(request, newBoardRequestSchema)
  if ('response' in input) return input.response
  const { model, ...board } = input.data
  const created = await startBoard(board, asker.user.id, model)
  if ('error' in created) return jsonError(created.status, `model: ${created.error}`)
  return Response.json(created.board, {
    status: 201,
    headers: { location: `/b/${created.board.id}` },
  })
}
