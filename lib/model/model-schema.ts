/**
 * What an imported model must look like: the JSON `GET /api/boards/<id>/model` gives, of
 * the right shape (zod) and keeping every rule of the board (model-check.ts), within the
 * limits of one board.
 */
import { z } from 'zod'
import { boardModelVersion } from './board-model'
import { cubeNetworkFields } from './cubes/schema'
import { modelProblems } from './model-check'
import { limit, modelId, modelText } from './schema-parts'
import { valueZoneFields } from './value-zone/schema'
import { journeyFields } from './journey/schema'
import { principlesFields } from './principles/schema'

export const boardModelSchema = z
  .object({
    version: z
      .union([z.literal(1), z.literal(boardModelVersion)], {
        error: `version must be ${boardModelVersion} (or 1, read as ${boardModelVersion}): this Cubeboard reads model versions 1 and ${boardModelVersion}`,
      })
      // Version 1 lacks only lists that default to empty: it migrates by its number alone.
      .transform((): typeof boardModelVersion => boardModelVersion),
    ...cubeNetworkFields,
    ...valueZoneFields,
    ...journeyFields,
    ...principlesFields,
    votes: z
      .array(z.object({ targetId: modelId, vote: modelText, dots: z.number().int().min(0) }))
      .max(50_000, limit(50_000, 'votes'))
      .default([]),
  })
  .superRefine((model, context) => {
    for (const problem of modelProblems(model)) {
      context.addIssue({
        code: 'custom',
        path: problem.at,
        message: problem.message,
        params: { rule: problem.rule },
      })
    }
  })
