/** The pieces every section's import schema is made of: ids and texts, with their limits. */
import { z } from 'zod'

/** A record id in a model file. */
export const modelId = z.string().min(1).max(200)

/** Any text written on the board. */
export const modelText = z.string().max(2000)
