import { appContext, type AppContext } from '../app-context'
import { checkBoardAccess, signInFirst } from '../auth/access-check'
import type { BoardAccess } from '../auth/board-access'
import type { BoardAction } from '../auth/board-roles'
import { userFromRequest } from '../auth/request-user'
import type { SignedInUser } from '../auth/users'
import { jsonError } from './json'

/** For route handlers: who is asking, or the 401 to answer. */
export async function routeUser(
  request: Request,
): Promise<{ context: AppContext; user: SignedInUser } | { response: Response }> {
  const context = await appContext()
  const user = await userFromRequest(request, context)
  if (!user) return { response: jsonError(401, signInFirst) }
  return { context, user }
}

/** For route handlers: the asker's access to the board for `action`, or the 401/403/404 to answer. */
export async function routeBoardAccess(
  request: Request,
  boardId: string,
  action: BoardAction,
): Promise<
  { context: AppContext; user: SignedInUser; access: BoardAccess } | { response: Response }
> {
  const context = await appContext()
  const user = await userFromRequest(request, context)
  const checked = await checkBoardAccess(context.database.db, user, boardId, action)
  if (!checked.ok) return { response: jsonError(checked.status, checked.error) }
  return { context, user: checked.user, access: checked.access }
}
