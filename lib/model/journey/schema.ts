/** What the journeys of an imported model must look like (a file without maps may leave them out). */
import { z } from 'zod'
import { limit, modelId, modelText } from '../schema-parts'
import { experienceScores, laneKinds, painSeverities } from './vocabulary'

/** The journeys' fields of a model file. */
export const journeyFields = {
  journeys: z
    .array(
      z.object({
        id: modelId,
        title: modelText,
        phases: z
          .array(
            z.object({
              id: modelId,
              name: modelText,
              stages: z
                .array(
                  z.object({
                    id: modelId,
                    name: modelText,
                    personaId: modelId.nullable(),
                    experience: z.union(experienceScores.map((s) => z.literal(s))).nullable(),
                  }),
                )
                .max(500, limit(500, 'stages in a phase')),
            }),
          )
          .max(200, limit(200, 'phases in a journey')),
        lanes: z
          .array(z.object({ id: modelId, kind: z.enum(laneKinds), name: modelText }))
          .max(50, limit(50, 'lanes in a journey')),
        touchpoints: z
          .array(
            z.object({
              id: modelId,
              stageId: modelId,
              laneId: modelId,
              text: modelText,
              departmentId: z.string().max(2000),
              painPoint: z
                .object({
                  severity: z.union(painSeverities.map((s) => z.literal(s))),
                  note: modelText,
                })
                .nullable(),
              linkedId: modelId.nullable(),
            }),
          )
          .max(50_000, limit(50_000, 'touchpoints')),
      }),
    )
    .max(500, limit(500, 'journeys'))
    .default([]),
}
