// DELETE /api/boards/<id>/invites/<inviteId>: revokes an invite link.
import { userFromRequest } from '@/lib/auth/request-user'
import { resultResponse } from '@/lib/http/json'
import { revokeBoardInvite } from '@/lib/sharing/sharing-use-cases'

export const dynamic = 'force-dynamic'

/** Revokes an invite link. */
export async function DELETE(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/invites/[inviteId]'>,
) {
  const { boardId, inviteId } = await context.params
  return resultResponse(
    await revokeBoardInvite(await userFromRequest(request), { boardId, inviteId }),
  )
}
