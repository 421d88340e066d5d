// GET /api/boards/<id>/members: who is on the board, with their roles.
import { userFromRequest } from '@/lib/auth/request-user'
import { resultResponse } from '@/lib/http/json'
import { membersOf } from '@/lib/sharing/sharing-use-cases'

export const dynamic = 'force-dynamic'

/** Who is on the board, with their roles. */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/members'>,
) {
  const { boardId } = await context.params
  return resultResponse(await membersOf(await userFromRequest(request), { boardId }))
}
