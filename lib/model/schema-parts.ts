/** The pieces every section's import schema is made of: ids, texts and the limits of one board. */
import { z } from 'zod'

/** A record id in a model file. */
export const modelId = z
  .string()
  .min(1, 'an id must not be empty')
  .max(200, 'an id has at most 200 characters')

/** The longest text a model file may hold in one field: far more than any board shows in one place. */
export const maxTextLength = 100_000

/** Any text written on the board. */
export const modelText = z
  .string()
  .max(maxTextLength, `a text has at most ${maxTextLength.toLocaleString('en')} characters`)

/** The message of a list over its limit: it names the limit. */
export function limit(count: number, things: string): string {
  return `at most ${count.toLocaleString('en')} ${things} fit on one board`
}
