import { appContext } from '@/lib/app-context'
import { userFromRequest } from '@/lib/auth/request-user'
import { invitesOf, inviteToBoard, newInviteSchema } from '@/lib/board-sharing'
import { parseJsonBody } from '@/lib/http/json'
import { sharedResponse } from '@/lib/http/shared-response'

export const dynamic = 'force-dynamic'

/** The board's invite links (facilitators and the owner). */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/invites'>,
) {
  const { boardId } = await context.params
  const user = await userFromRequest(request, await appContext())
  return sharedResponse(await invitesOf(user, boardId))
}

/** A new invite link: `{ "role": "editor", "expiresInHours": 48 }` → `{ invite, path }`. */
export async function POST(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/invites'>,
) {
  const { boardId } = await context.params
  const user = await userFromRequest(request, await appContext())
  const input = await parseJsonBody(request, newInviteSchema)
  if ('response' in input) return input.response
  return sharedResponse(await inviteToBoard(user, boardId, input.data), 201)
}
