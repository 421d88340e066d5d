/** What the cube network of an imported model must look like, and how its parts refer to each other. */
import { z } from 'zod'
import type { CubeNetwork } from './cube-model'
import { cubeFaces, faceItemKinds, type FaceItemKind } from './vocabulary'
import { modelId, modelText } from '../schema-parts'

/** The cube network's fields of a model file. */
export const cubeNetworkFields = {
  departments: z
    .array(z.object({ id: z.string().max(200), name: modelText, cubeIds: z.array(modelId) }))
    .max(1000),
  cubes: z
    .array(z.object({ id: modelId, title: modelText, departmentId: z.string().max(200) }))
    .max(1000),
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
    .max(20_000),
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
    .max(20_000),
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
    .max(20_000)
    .default([]),
}

/** Cubes in a department the file names, items on a cube it holds. */
export function checkCubeNetwork(model: CubeNetwork, context: z.RefinementCtx): void {
  const cubes = new Set(model.cubes.map((cube) => cube.id))
  const departments = new Set(model.departments.map((department) => department.id))
  model.cubes.forEach((cube, index) => {
    if (!departments.has(cube.departmentId)) {
      context.addIssue({
        code: 'custom',
        path: ['cubes', index, 'departmentId'],
        message: `no department has the id "${cube.departmentId}"`,
      })
    }
  })
  model.items.forEach((item, index) => {
    if (!cubes.has(item.cubeId)) {
      context.addIssue({
        code: 'custom',
        path: ['items', index, 'cubeId'],
        message: `no cube has the id "${item.cubeId}"`,
      })
    }
  })
}
