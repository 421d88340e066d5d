// GET/POST /api/boards/<id>/invites: a board's invite links, listed and made.
import { userFromRequest } from '@/lib/auth/request-user'
import { parseJsonBody, refusalResponse, resultResponse } from '@/lib/http/json'
import { invitesOf, inviteToBoard, newInviteSchema } from '@/lib/sharing/sharing-use-cases'

export const dynamic = 'force-dynamic'

/** The board's invite links (facilitators and the owner). */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/invites'>,
) {
  const { boardId } = await context.params
  return resultResponse(await invitesOf(await userFromRequest(request), { boardId }))
}

/** A new invite link: `{ "role": "editor", "expiresInHours": 48 }` → `{ invite, path }`. */
export async function POST(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/invites'>,
) {
  const { boardId } = await context.params
  const input = await parseJsonBody(request, newInviteSchema)
  if (!input.ok) return refusalResponse(input)
  const actor = await userFromRequest(request)
  return resultResponse(await inviteToBoard(actor, { boardId, ...input.value }), 201)
}
