import { appContext } from '@/lib/app-context'
import { userFromRequest } from '@/lib/auth/request-user'
import { restoreVersion } from '@/lib/board-versions'
import { sharedResponse } from '@/lib/http/shared-response'

export const dynamic = 'force-dynamic'

/** Restores a version as a new change; the state before is kept as a version too. */
export async function POST(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/versions/[versionId]/restore'>,
) {
  const { boardId, versionId } = await context.params
  const user = await userFromRequest(request, await appContext())
  return sharedResponse(await restoreVersion(user, boardId, versionId))
}
