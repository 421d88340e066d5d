// GET/POST /api/keys: your personal API keys, listed and made (shown once).
import { apiKeysOf, makeApiKey, newKeySchema } from '@/lib/auth/api-key-use-cases'
import { userFromRequest } from '@/lib/auth/request-user'
import { parseJsonBody, refusalResponse, resultResponse } from '@/lib/http/json'

export const dynamic = 'force-dynamic'

/** The caller's API keys (never the keys themselves). */
export async function GET(request: Request) {
  const keys = await apiKeysOf(await userFromRequest(request))
  if (!keys.ok) return refusalResponse(keys)
  return Response.json({ keys: keys.value })
}

/** A new personal key: `{ "name": "prep script" }` → `{ key, … }`; the key is shown this once. */
export async function POST(request: Request) {
  const input = await parseJsonBody(request, newKeySchema)
  if (!input.ok) return refusalResponse(input)
  return resultResponse(await makeApiKey(await userFromRequest(request), input.value), 201)
}
