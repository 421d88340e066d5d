// POST /api/boards/<id>/versions/<versionId>/restore: a saved version restored as a new change.
import { userFromRequest } from '@/lib/auth/request-user'
import { resultResponse } from '@/lib/http/json'
import { restoreVersion } from '@/lib/versions/version-use-cases'

export const dynamic = 'force-dynamic'

/** Restores a version as a new change; the state before is kept as a version too. */
export async function POST(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/versions/[versionId]/restore'>,
) {
  const { boardId, versionId } = await context.params
  return resultResponse(
    await restoreVersion(await userFromRequest(request), { boardId, versionId }),
  )
}
