import { z } from 'zod'
import { lowerRole, boardRoles } from '@/lib/auth/board-roles'
import { mintRoomToken } from '@/lib/auth/room-token'
import { parseJsonBody } from '@/lib/http/json'
import { routeBoardAccess } from '@/lib/http/route-access'

export const dynamic = 'force-dynamic'

const tokenRequestSchema = z.object({
  /** A lower role than the caller's, e.g. to open the board as a viewer; never a higher one. */
  role: z.enum(boardRoles, { error: `role must be one of: ${boardRoles.join(', ')}` }).optional(),
})

/** Mints a short-lived token to open /sync/<boardId> with the caller's role on the board. */
export async function POST(request: Request, context: RouteContext<'/api/boards/[boardId]/token'>) {
  const { boardId } = await context.params
  const checked = await routeBoardAccess(request, boardId, 'view')
  if ('response' in checked) return checked.response
  const input = await parseJsonBody(request, tokenRequestSchema)
  if ('response' in input) return input.response
  const { access, user } = checked
  const role = input.data.role ? lowerRole(input.data.role, access.roomRole) : access.roomRole
  const { token, expiresAt } = await mintRoomToken(
    { boardId: access.board.id, role, userId: user.id },
    checked.context.signingSecret,
  )
  return Response.json({ token, role, expiresAt: expiresAt.toISOString() })
}
