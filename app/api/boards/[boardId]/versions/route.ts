import { z } from 'zod'
import { appContext } from '@/lib/app-context'
import { userFromRequest } from '@/lib/auth/request-user'
import { saveNamedVersion, versionsOf } from '@/lib/board-versions'
import { parseJsonBody } from '@/lib/http/json'
import { sharedResponse } from '@/lib/http/shared-response'
import { versionNameLimit } from '@/lib/versions'

export const dynamic = 'force-dynamic'

/** The board's saved versions, newest first. */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/versions'>,
) {
  const { boardId } = await context.params
  const user = await userFromRequest(request, await appContext())
  return sharedResponse(await versionsOf(user, boardId))
}

const newVersionSchema = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(versionNameLimit),
})

/** Saves the board as it stands now: `{ "name": "after workshop 1" }` (facilitators). */
export async function POST(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/versions'>,
) {
  const { boardId } = await context.params
  const user = await userFromRequest(request, await appContext())
  const input = await parseJsonBody(request, newVersionSchema)
  if ('response' in input) return input.response
  return sharedResponse(await saveNamedVersion(user, boardId, input.data.name), 201)
}
