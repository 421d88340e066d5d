import { appContext } from '@/lib/app-context'
import { userFromRequest } from '@/lib/auth/request-user'
import { revokeBoardInvite } from '@/lib/board-sharing'
import { sharedResponse } from '@/lib/http/shared-response'

export const dynamic = 'force-dynamic'

/** Revokes an invite link. */
export async function DELETE(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/invites/[inviteId]'>,
) {
  const { boardId, inviteId } = await context.params
  const user = await userFromRequest(request, await appContext())
  return sharedResponse(await revokeBoardInvite(user, boardId, inviteId))
}
