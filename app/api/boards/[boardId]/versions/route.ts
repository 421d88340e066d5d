// GET/POST /api/boards/<id>/versions: a board's saved versions, listed and saved.
import { userFromRequest } from '@/lib/auth/request-user'
import { parseJsonBody, refusalResponse, resultResponse } from '@/lib/http/json'
import { newVersionSchema, saveNamedVersion, versionsOf } from '@/lib/versions/version-use-cases'

export const dynamic = 'force-dynamic'

/** The board's saved versions, newest first. */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/versions'>,
) {
  const { boardId } = await context.params
  return resultResponse(await versionsOf(await userFromRequest(request), { boardId }))
}

/** Saves the board as it stands now: `{ "name": "after workshop 1" }` (facilitators). */
export async function POST(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/versions'>,
) {
  const { boardId } = await context.params
  const input = await parseJsonBody(request, newVersionSchema)
  if (!input.ok) return refusalResponse(input)
  const actor = await userFromRequest(request)
  return resultResponse(await saveNamedVersion(actor, { boardId, ...input.value }), 201)
}
