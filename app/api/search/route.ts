// GET /api/search?q=: saved boards whose models name what you look for.
import { userFromRequest } from '@/lib/auth/request-user'
import { modelSearchSchema, searchBoardModels } from '@/lib/boards/model-use-cases'
import { refusalResponse } from '@/lib/http/json'
import { validate } from '@/lib/validation'

export const dynamic = 'force-dynamic'

/** `GET /api/search?q=KYC`: the caller's boards whose saved models name departments, cubes or items like q. */
export async function GET(request: Request) {
  const query = validate(modelSearchSchema, new URL(request.url).searchParams.get('q') ?? '')
  if (!query.ok) return refusalResponse(query)
  const results = await searchBoardModels(await userFromRequest(request), { query: query.value })
  if (!results.ok) return refusalResponse(results)
  return Response.json({ query: query.value, results: results.value })
}
