// JSON for API route handlers: request bodies parsed against a schema, use case results as responses.
import 'server-only'
import type { z } from 'zod'
import type { Refusal, Result } from '../result'
import { parseJsonText } from '../validation'
import { bodyCaps, readCappedBody, requireMediaType } from './request-body'

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

/**
 * Parses a JSON request body against a schema: 415 unless it is sent as
 * `application/json` (what a form of another site cannot send without asking first),
 * 413 past `maxBytes` (read no further), 400 saying what is wrong with it.
 */
export async function parseJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes: number = bodyCaps.form,
): Promise<Result<z.infer<Schema>>> {
  const bytes = await readJsonBody(request, maxBytes)
  return bytes.ok ? parseJsonText(bytes.value, schema, 'request body') : bytes
}

/**
 * A JSON request body as its bytes, unparsed (for a body to parse elsewhere, e.g. a model
 * file in the model worker): 415 unless sent as `application/json`, 413 past `maxBytes`.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<Result<Uint8Array>> {
  const json = requireMediaType(request, ['application/json'])
  if (!json.ok) return json
  return readCappedBody(request, maxBytes)
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
