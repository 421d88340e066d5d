// Input checked against a zod schema, and the one way its problems are put into words.
import { z } from 'zod'
import { isStorableText } from './model/model-check'
import { refused, succeeded, type Result } from './result'

/** Why a typed text is refused: the database keeps no NUL character and no half surrogate pair. */
export function unstorableWords(field: string): string {
  return `${field} holds a NUL character (U+0000) or half of a surrogate pair, which cannot be stored; remove it`
}

/**
 * A text people type and the app keeps (a title, a name): trimmed, not empty, at most
 * `max` characters, and storable as the model's texts are (`isStorableText`), so odd
 * characters are refused with a 400 that says so instead of failing in the database.
 */
export function typedText(field: string, max: number) {
  return z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)
    .refine(isStorableText, unstorableWords(field))
}

/** Ids of rows are letters, digits, `-` and `_`: anything else names no row, so it is never looked up. */
export function isRowId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value)
}

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

/**
 * JSON text (UTF-8 bytes) parsed by `schema`: 400 when it is not JSON, saying which text
 * (`what`: "request body", a file's name), or listing what is wrong with it.
 */
export function parseJsonText<Schema extends z.ZodType>(
  bytes: Uint8Array,
  schema: Schema,
  what: string,
): Result<z.infer<Schema>> {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return refused(400, `${what} must be JSON (UTF-8)`)
  }
  return validate(schema, value)
}
