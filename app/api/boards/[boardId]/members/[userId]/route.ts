import { appContext } from '@/lib/app-context'
import { userFromRequest } from '@/lib/auth/request-user'
import { changeMember, memberRoleSchema } from '@/lib/board-sharing'
import { parseJsonBody } from '@/lib/http/json'
import { sharedResponse } from '@/lib/http/shared-response'

export const dynamic = 'force-dynamic'

type Context = RouteContext<'/api/boards/[boardId]/members/[userId]'>

/** Gives a member another role: `{ "role": "viewer" }` (owner only). */
export async function PATCH(request: Request, context: Context) {
  const { boardId, userId } = await context.params
  const user = await userFromRequest(request, await appContext())
  const input = await parseJsonBody(request, memberRoleSchema)
  if ('response' in input) return input.response
  return sharedResponse(await changeMember(user, boardId, userId, input.data))
}

/** Removes a member (owner only); their open connections close within seconds. */
export async function DELETE(request: Request, context: Context) {
  const { boardId, userId } = await context.params
  const user = await userFromRequest(request, await appContext())
  return sharedResponse(await changeMember(user, boardId, userId, 'remove'))
}
