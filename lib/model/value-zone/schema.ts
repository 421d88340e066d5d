/** What the value zone of an imported model must look like (a cube-only export may leave it out). */
import { z } from 'zod'
import { limit, modelId, modelText } from '../schema-parts'
import { offeringKinds } from './vocabulary'

/** The value zone's fields of a model file; each may be left out (read as empty). */
export const valueZoneFields = {
  personas: z
    .array(
      z.object({
        id: modelId,
        name: modelText,
        description: modelText,
        face: z.string().max(200),
      }),
    )
    .max(5_000, limit(5_000, 'personas'))
    .default([]),
  needs: z
    .array(
      z.object({
        id: modelId,
        personaId: modelId,
        text: modelText,
        stated: z.boolean(),
        order: z.number().int().min(0),
      }),
    )
    .max(50_000, limit(50_000, 'needs'))
    .default([]),
  organisations: z
    .array(z.object({ id: modelId, name: modelText }))
    .max(5_000, limit(5_000, 'organisations'))
    .default([]),
  offerings: z
    .array(
      z.object({
        id: modelId,
        organisationId: modelId,
        kind: z.enum(offeringKinds),
        text: modelText,
        cubeItemId: modelId.nullable(),
        order: z.number().int().min(0),
      }),
    )
    .max(50_000, limit(50_000, 'offerings'))
    .default([]),
  fulfilments: z
    .array(z.object({ id: modelId, needId: modelId, offeringId: modelId, note: modelText }))
    .max(50_000, limit(50_000, 'fulfilments'))
    .default([]),
}
