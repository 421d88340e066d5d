import { appContext } from '@/lib/app-context'
import { createBoard, listBoards, newBoardSchema } from '@/lib/boards'
import { jsonError, parseJsonBody } from '@/lib/http/json'
import { importBoard } from '@/lib/board-import'
import { boardModelSchema } from '@/lib/model'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { database } = await appContext()
  return Response.json({ boards: await listBoards(database.db) })
}

const newBoardRequestSchema = newBoardSchema.extend({
  /** A model to build the board from (the JSON `GET /api/boards/<id>/model` gives). */
  model: boardModelSchema.optional(),
})

export async function POST(request: Request) {
  const input = await parseJsonBody(request, newBoardRequestSchema)
  if ('response' in input) return input.response
  const { model, ...board } = input.data
  const { database } = await appContext()
  const created = model
    ? await importBoard(board, model)
    : { board: await createBoard(database.db, board) }
  if ('error' in created) return jsonError(created.status, `model: ${created.error}`)
  return Response.json(created.board, {
    status: 201,
    headers: { location: `/b/${created.board.id}` },
  })
}
