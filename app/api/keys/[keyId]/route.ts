import { revokeApiKey } from '@/lib/auth/api-keys'
import { jsonError } from '@/lib/http/json'
import { routeUser } from '@/lib/http/route-access'

export const dynamic = 'force-dynamic'

/** Revokes one of the caller's keys; it stops working at once. */
export async function DELETE(request: Request, context: RouteContext<'/api/keys/[keyId]'>) {
  const { keyId } = await context.params
  const asker = await routeUser(request)
  if ('response' in asker) return asker.response
  if (!(await revokeApiKey(asker.context.database.db, asker.user.id, keyId))) {
    return jsonError(404, `you have no live API key ${keyId}`)
  }
  return new Response(null, { status: 204 })
}
