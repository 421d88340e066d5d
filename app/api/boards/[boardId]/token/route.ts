import { z } from 'zod'
import { appContext } from '@/lib/app-context'
import { mintRoomToken, roomRoles } from '@/lib/auth/room-token'
import { findBoard } from '@/lib/boards'
import { jsonError, parseJsonBody } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

const tokenRequestSchema = z.object({
  role: z.enum(roomRoles, { error: `role must be one of: ${roomRoles.join(', ')}` }),
})

/** Mints a short-lived token for one board and one role, to open /sync/<boardId>. */
export async function POST(request: Request, context: RouteContext<'/api/boards/[boardId]/token'>) {
  const { boardId } = await context.params
  const input = await parseJsonBody(request, tokenRequestSchema)
  if ('response' in input) return input.response
  const { database, signingSecret } = await appContext()
  const board = await findBoard(database.db, boardId)
  if (!board) return jsonError(404, `board ${boardId} does not exist`)
  const { token, expiresAt } = await mintRoomToken(
    { boardId: board.id, role: input.data.role },
    signingSecret,
  )
  return Response.json({ token, role: input.data.role, expiresAt: expiresAt.toISOString() })
}
