// Input checked against a zod schema, and the one way its problems are put into words.
import type { z } from 'zod'
import { refused, succeeded, type Result } from './result'

/**
 * Each problem of a failed parse as `path.to.field: message` (the message alone for the
 * value as a whole). `root` names the value itself, e.g. `model` for an imported model.
 */
export function issueLines(error: z.ZodError, root?: string): string[] {
  return error.issues.map((issue) => {
    const path = [...(root === undefined ? [] : [root]), ...issue.path.map(String)]
    return path.length > 0 ? `${path.join('.')}: ${issue.message}` : issue.message
  })
}

/** A failed parse in one line: its problems joined with "; ". */
export function issuesText(error: z.ZodError, root?: string): string {
  return issueLines(error, root).join('; ')
}

/** `value` parsed by `schema`, or a 400 refusal listing what is wrong with it. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  root?: string,
): Result<z.infer<Schema>> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) return refused(400, issuesText(parsed.error, root))
  return succeeded(parsed.data)
}
