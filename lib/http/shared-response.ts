import type { Shared } from '../board-sharing'
import { jsonError } from './json'

/** A sharing result as an API response. */
export function sharedResponse<T>(result: Shared<T>, status = 200): Response {
  if (!result.ok) return jsonError(result.status, result.error)
  if (result.value === null) return new Response(null, { status: 204 })
  return Response.json(result.value, { status })
}
