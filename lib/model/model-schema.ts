/** What an imported model must look like: the JSON `GET /api/boards/<id>/model` gives. */
import { z } from 'zod'
import { boardModelVersion } from './board-model'
import { checkCubeNetwork, cubeNetworkFields } from './cubes/schema'
import { modelId, modelText } from './schema-parts'
import { valueZoneFields } from './value-zone/schema'

export const boardModelSchema = z
  .object({
    version: z.literal(boardModelVersion, {
      error: `version must be ${boardModelVersion} (this Cubeboard reads model version ${boardModelVersion})`,
    }),
    ...cubeNetworkFields,
    ...valueZoneFields,
    votes: z
      .array(z.object({ targetId: modelId, vote: modelText, dots: z.number().int().min(0) }))
      .max(20_000)
      .default([]),
  })
  .superRefine(checkCubeNetwork)
