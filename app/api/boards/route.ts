import { appContext } from '@/lib/app-context'
import { createBoard, listBoards, newBoardSchema } from '@/lib/boards'
import { parseJsonBody } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { database } = await appContext()
  return Response.json({ boards: await listBoards(database.db) })
}

export async function POST(request: Request) {
  const input = await parseJsonBody(request, newBoardSchema)
  if ('response' in input) return input.response
  const { database } = await appContext()
  const board = await createBoard(database.db, input.data)
  return Response.json(board, { status: 201, headers: { location: `/b/${board.id}` } })
}
