import { appContext } from '@/lib/app-context'
import { jsonError } from '@/lib/http/json'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

/** `GET /api/search?q=KYC`: boards whose saved models name departments, cubes or items like q. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get('q')?.trim() ?? ''
  if (!query) return jsonError(400, 'add a search: /api/search?q=<words>')
  if (query.length > 200) return jsonError(400, 'a search is at most 200 characters')
  const { database } = await appContext()
  return Response.json({ query, results: await new BoardModelStore(database.db).search(query) })
}
