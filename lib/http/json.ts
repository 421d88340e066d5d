// JSON for API route handlers: request bodies parsed against a schema, use case results as responses.
import 'server-only'
import type { z } from 'zod'
import { refused, type Refusal, type Result } from '../result'
import { validate } from '../validation'

/** A JSON error body every API route uses: `{ "error": "what failed and what to do" }`. */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status })
}

/** A use case's refusal as a response: its status, its words. */
export function refusalResponse(refusal: Refusal): Response {
  return jsonError(refusal.status, refusal.error)
}

/** A use case's result as a response: its value as JSON with `status` (204 for none), or its refusal. */
export function resultResponse<T>(result: Result<T>, status = 200): Response {
  if (!result.ok) return refusalResponse(result)
  if (result.value === null) return new Response(null, { status: 204 })
  return Response.json(result.value, { status })
}

/** Parses a JSON request body against a schema; a 400 refusal says what is wrong with it. */
export async function parseJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<Result<z.infer<Schema>>> {
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return refused(400, 'request body must be JSON')
  }
  return validate(schema, body)
}
