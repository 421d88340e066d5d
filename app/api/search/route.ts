import { jsonError } from '@/lib/http/json'
import { routeUser } from '@/lib/http/route-access'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

/** `GET /api/search?q=KYC`: the caller's boards whose saved models name departments, cubes or items like q. */
export async function GET(request: Request) {
  const asker = await routeUser(request)
  if ('response' in asker) return asker.response
  const query = new URL(request.url).searchParams.get('q')?.trim() ?? ''
  if (!query) return jsonError(400, 'add a search: /api/search?q=<words>')
  if (query.length > 200) return jsonError(400, 'a search is at most 200 characters')
  const results = await new BoardModelStore(asker.context.database.db).search(query, asker.user.id)
  return Response.json({ query, results })
}
