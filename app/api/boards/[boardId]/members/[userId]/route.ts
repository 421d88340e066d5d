// PATCH/DELETE /api/boards/<id>/members/<userId>: a member's role changed, or the member removed.
import { userFromRequest } from '@/lib/auth/request-user'
import { parseJsonBody, refusalResponse, resultResponse } from '@/lib/http/json'
import { changeMember, memberRoleSchema } from '@/lib/sharing/sharing-use-cases'

export const dynamic = 'force-dynamic'

type Context = RouteContext<'/api/boards/[boardId]/members/[userId]'>

/** Gives a member another role: `{ "role": "viewer" }` (owner only). */
export async function PATCH(request: Request, context: Context) {
  const { boardId, userId } = await context.params
  const input = await parseJsonBody(request, memberRoleSchema)
  if (!input.ok) return refusalResponse(input)
  const actor = await userFromRequest(request)
  return resultResponse(
    await changeMember(actor, { boardId, memberId: userId, change: input.value }),
  )
}

/** Removes a member (owner only); their open connections close within seconds. */
export async function DELETE(request: Request, context: Context) {
  const { boardId, userId } = await context.params
  const actor = await userFromRequest(request)
  return resultResponse(await changeMember(actor, { boardId, memberId: userId, change: 'remove' }))
}
