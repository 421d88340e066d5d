import type { z } from 'zod'

/** A JSON error body every API route uses: `{ "error": "what failed and what to do" }`. */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status })
}

/** Parses a JSON request body against a schema; a Response carries the 400 to return. */
export async function parseJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<{ data: z.infer<Schema> } | { response: Response }> {
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return { response: jsonError(400, 'request body must be JSON') }
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    return { response: jsonError(400, problems.join('; ')) }
  }
  return { data: parsed.data }
}
