// POST /api/boards/<id>/token: a short-lived room token for the live sync endpoint.
import { z } from 'zod'
import { boardRoles } from '@/lib/auth/board-roles'
import { issueRoomToken } from '@/lib/auth/issue-room-token'
import { userFromRequest } from '@/lib/auth/request-user'
import { parseJsonBody, refusalResponse, resultResponse } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

const tokenRequestSchema = z.object({
  /** A lower role than the caller's, e.g. to open the board as a viewer; never a higher one. */
  role: z.enum(boardRoles, { error: `role must be one of: ${boardRoles.join(', ')}` }).optional(),
})

/** Mints a short-lived token to open /sync/<boardId> with the caller's role on the board. */
export async function POST(request: Request, context: RouteContext<'/api/boards/[boardId]/token'>) {
  const { boardId } = await context.params
  const input = await parseJsonBody(request, tokenRequestSchema)
  if (!input.ok) return refusalResponse(input)
  const actor = await userFromRequest(request)
  return resultResponse(await issueRoomToken(actor, { boardId, ...input.value }))
}
