// DELETE /api/keys/<id>: revokes one of your API keys.
import { revokeOwnApiKey } from '@/lib/auth/api-key-use-cases'
import { userFromRequest } from '@/lib/auth/request-user'
import { resultResponse } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

/** Revokes one of the caller's keys; it stops working at once. */
export async function DELETE(request: Request, context: RouteContext<'/api/keys/[keyId]'>) {
  const { keyId } = await context.params
  return resultResponse(await revokeOwnApiKey(await userFromRequest(request), { keyId }))
}
