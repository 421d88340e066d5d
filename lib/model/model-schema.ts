import { z } from 'zod'
import { boardModelVersion } from './board-model'
import { cubeFaces, faceItemKinds, type FaceItemKind } from './cubes/vocabulary'
import { offeringKinds } from './value-zone/vocabulary'

const id = z.string().min(1).max(200)
const text = z.string().max(2000)

/** What an imported model must look like (the JSON `GET /api/boards/<id>/model` gives). */
export const boardModelSchema = z
  .object({
    version: z.literal(boardModelVersion, {
      error: `version must be ${boardModelVersion} (this Cubeboard reads model version ${boardModelVersion})`,
    }),
    departments: z
      .array(z.object({ id: z.string().max(200), name: text, cubeIds: z.array(id) }))
      .max(1000),
    cubes: z.array(z.object({ id, title: text, departmentId: z.string().max(200) })).max(1000),
    items: z
      .array(
        z.object({
          id,
          cubeId: id,
          face: z.enum(cubeFaces),
          kind: z.enum(faceItemKinds as [FaceItemKind, ...FaceItemKind[]]),
          text,
          terms: text,
          processId: id.nullable(),
          order: z.number().int().min(0),
        }),
      )
      .max(20_000),
    serviceLinks: z
      .array(
        z.object({
          id,
          serviceId: id,
          stepId: id,
          providerCubeId: id,
          consumerCubeId: id,
          label: text,
        }),
      )
      .max(20_000),
    // Value-zone parts: a cube-only export may leave them out.
    personas: z
      .array(z.object({ id, name: text, description: text, face: z.string().max(20) }))
      .max(1000)
      .default([]),
    needs: z
      .array(
        z.object({ id, personaId: id, text, stated: z.boolean(), order: z.number().int().min(0) }),
      )
      .max(20_000)
      .default([]),
    organisations: z
      .array(z.object({ id, name: text }))
      .max(1000)
      .default([]),
    offerings: z
      .array(
        z.object({
          id,
          organisationId: id,
          kind: z.enum(offeringKinds),
          text,
          cubeItemId: id.nullable(),
          order: z.number().int().min(0),
        }),
      )
      .max(20_000)
      .default([]),
    fulfilments: z
      .array(z.object({ id, needId: id, offeringId: id, note: text }))
      .max(20_000)
      .default([]),
    votes: z
      .array(z.object({ targetId: id, vote: text, dots: z.number().int().min(0) }))
      .max(20_000)
      .default([]),
  })
  .superRefine((model, context) => {
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
  })
