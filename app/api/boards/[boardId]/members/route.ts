import { appContext } from '@/lib/app-context'
import { userFromRequest } from '@/lib/auth/request-user'
import { membersOf } from '@/lib/board-sharing'
import { sharedResponse } from '@/lib/http/shared-response'

export const dynamic = 'force-dynamic'

/** Who is on the board, with their roles. */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/members'>,
) {
  const { boardId } = await context.params
  const user = await userFromRequest(request, await appContext())
  return sharedResponse(await membersOf(user, boardId))
}
