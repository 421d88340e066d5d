// JSON for API route handlers: request bodies parsed against a schema, use case results as responses.
import 'server-only'
import type { z } from 'zod'
import { refused, type Refusal, type Result } from '../result'
import { validate } from '../validation'

/** A JSON error body every API route uses: `{ "error": "what failed and what to do" }`. */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status })
}

/** A use case's refusal as a response: its status, its words, and each problem when it lists them. */
export function refusalResponse(refusal: Refusal): Response {
  if (!refusal.problems) return jsonError(refusal.status, refusal.error)
  return Response.json(
    { error: refusal.error, problems: refusal.problems },
    { status: refusal.status },
  )
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

/**
 * A response of JSON text (an object, stored or made in the model worker) with `fields`
 * added at its end, without parsing the text on the server's thread.
 */
export function jsonTextResponse(json: string, fields: Record<string, unknown>): Response {
  const added = JSON.stringify(fields).slice(1, -1)
  const body =
    json.trim() === '{}' ? `{${added}}` : `${json.slice(0, json.lastIndexOf('}'))},${added}}`
  return new Response(body, { headers: { 'content-type': 'application/json' } })
}
