import { z } from 'zod'
import { createApiKey, listApiKeys } from '@/lib/auth/api-keys'
import { jsonError, parseJsonBody } from '@/lib/http/json'
import { routeUser } from '@/lib/http/route-access'

export const dynamic = 'force-dynamic'

/** The caller's API keys (never the keys themselves). */
export async function GET(request: Request) {
  const asker = await routeUser(request)
  if ('response' in asker) return asker.response
  return Response.json({ keys: await listApiKeys(asker.context.database.db, asker.user.id) })
}

const newKeySchema = z.object({ name: z.string().trim().min(1, 'name must not be empty').max(80) })

/** A new personal key: `{ "name": "prep script" }` → `{ key, … }`; the key is shown this once. */
export async function POST(request: Request) {
  const asker = await routeUser(request)
  if ('response' in asker) return asker.response
  if (asker.user.kind === 'guest') return jsonError(403, 'guests cannot make API keys')
  const input = await parseJsonBody(request, newKeySchema)
  if ('response' in input) return input.response
  const { apiKey, key } = await createApiKey(
    asker.context.database.db,
    asker.user.id,
    input.data.name,
  )
  return Response.json({ ...apiKey, key }, { status: 201 })
}
