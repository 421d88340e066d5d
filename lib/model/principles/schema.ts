/** What the principles matrices of an imported model must look like (they may be left out). */
import { z } from 'zod'
import { limit, modelId, modelText } from '../schema-parts'
import { principleKeys, principleRoles } from './vocabulary'

/** The principles' fields of a model file. */
export const principlesFields = {
  principles: z
    .array(
      z.object({
        id: modelId,
        title: modelText,
        rows: z
          .array(z.object({ id: modelId, key: z.enum(principleKeys).nullable(), name: modelText }))
          .max(200, limit(200, 'principles in a matrix')),
        cells: z
          .array(
            z.object({
              rowId: modelId,
              departmentId: z.string().max(2000),
              role: z.enum(principleRoles),
              note: modelText,
            }),
          )
          .max(100_000, limit(100_000, 'cells in a matrix')),
      }),
    )
    .max(100, limit(100, 'principles matrices'))
    .default([]),
}
