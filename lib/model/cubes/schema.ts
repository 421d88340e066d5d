/** What the cube network of an imported model must look like, and how its parts refer to each other. */
import { z } from 'zod'
import { cubeFaces, faceItemKinds, type FaceItemKind } from './vocabulary'
import { limit, modelId, modelText } from '../schema-parts'

/** The cube network's fields of a model file. */
export const cubeNetworkFields = {
  departments: z
    .array(z.object({ id: modelId, name: modelText, cubeIds: z.array(modelId) }))
    .max(5_000, limit(5_000, 'departments')),
  cubes: z
    .array(z.object({ id: modelId, title: modelText, departmentId: modelId }))
    .max(5_000, limit(5_000, 'cubes')),
  items: z
    .array(
      z.object({
        id: modelId,
        cubeId: modelId,
        face: z.enum(cubeFaces),
        kind: z.enum(faceItemKinds as [FaceItemKind, ...FaceItemKind[]]),
        text: modelText,
        terms: modelText,
        processId: modelId.nullable(),
        order: z.number().int().min(0),
      }),
    )
    .max(50_000, limit(50_000, 'items')),
  serviceLinks: z
    .array(
      z.object({
        id: modelId,
        serviceId: modelId,
        stepId: modelId,
        providerCubeId: modelId,
        consumerCubeId: modelId,
        label: modelText,
      }),
    )
    .max(20_000, limit(20_000, 'service links')),
  conflictingLinks: z
    .array(
      z.object({
        id: modelId,
        serviceId: modelId,
        stepId: modelId,
        providerCubeId: modelId,
        consumerCubeId: modelId,
        label: modelText,
        keptLinkId: modelId,
        rule: z.enum(['one-provider-per-step', 'once-per-step']),
      }),
    )
    .max(20_000, limit(20_000, 'conflicting links'))
    .default([]),
}
