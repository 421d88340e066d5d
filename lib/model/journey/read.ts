/**
 * Reads the customer-experience maps from a board's records: journey shapes, their phases,
 * stages, lanes and touchpoints (each a record of its own), in their order on the map.
 */
import { z } from 'zod'
import type { BoardModel } from '../board-model'
import { compareIds } from '../ordering'
import { collectInto, type SectionReader } from '../section'
import { foldedDepartment } from '../cubes/departments'
import type { Journey, Touchpoint } from './journey-model'
import {
  experienceScores,
  journeyLaneTypeName,
  journeyPhaseTypeName,
  journeyShapeType,
  journeyStageTypeName,
  laneKinds,
  painSeverities,
  touchpointTypeName,
} from './vocabulary'

const journeyShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(journeyShapeType),
  props: z.object({ title: z.string() }),
})

const part = {
  id: z.string(),
  journeyId: z.string(),
  index: z.string(),
}

const phase = z.object({ ...part, typeName: z.literal(journeyPhaseTypeName), name: z.string() })

const stage = z.object({
  ...part,
  typeName: z.literal(journeyStageTypeName),
  phaseId: z.string(),
  name: z.string(),
  personaId: z.string().nullable(),
  experience: z.union(experienceScores.map((score) => z.literal(score))).nullable(),
})

const lane = z.object({
  ...part,
  typeName: z.literal(journeyLaneTypeName),
  kind: z.enum(laneKinds),
  name: z.string(),
})

const touchpoint = z.object({
  ...part,
  typeName: z.literal(touchpointTypeName),
  stageId: z.string(),
  laneId: z.string(),
  text: z.string(),
  department: z.string(),
  /** 0: no pain point. */
  painSeverity: z.union([z.literal(0), ...painSeverities.map((severity) => z.literal(severity))]),
  painNote: z.string(),
  linkedId: z.string().nullable(),
})

/**
 * The maps' reader: each journey's parts in their order (fractional index, ties by id), and
 * only what the map shows — a stage of a phase of the journey, a touchpoint in a cell of it.
 * A link to a persona or to the cube network that is gone reads as none. Departments that
 * only touchpoints name join the board's departments (with no cubes).
 */
export function journeyReader(): SectionReader {
  const journeys: z.infer<typeof journeyShape>[] = []
  const phases: z.infer<typeof phase>[] = []
  const stages: z.infer<typeof stage>[] = []
  const lanes: z.infer<typeof lane>[] = []
  const touchpoints: z.infer<typeof touchpoint>[] = []
  const readers = [
    collectInto(journeyShape, journeys),
    collectInto(phase, phases),
    collectInto(stage, stages),
    collectInto(lane, lanes),
    collectInto(touchpoint, touchpoints),
  ]
  return {
    take: (record) => readers.some((read) => read(record)),
    build(model) {
      const linkable = new Set([
        ...model.cubes.map((cube) => cube.id),
        ...model.items.map((item) => item.id),
      ])
      const personas = new Set(model.personas.map((persona) => persona.id))
      const ofJourney = <T extends { journeyId: string; index: string; id: string }>(
        records: T[],
        journeyId: string,
      ) => records.filter((record) => record.journeyId === journeyId).sort(byIndex)
      model.journeys = journeys
        .sort((a, b) => a.props.title.localeCompare(b.props.title) || compareIds(a.id, b.id))
        .map(({ id, props }): Journey => {
          const journeyStages = ofJourney(stages, id)
          const journeyPhases = ofJourney(phases, id).map((p) => ({
            id: p.id,
            name: p.name.trim(),
            stages: journeyStages
              .filter((s) => s.phaseId === p.id)
              .map((s) => ({
                id: s.id,
                name: s.name.trim(),
                personaId: s.personaId && personas.has(s.personaId) ? s.personaId : null,
                experience: s.experience,
              })),
          }))
          const journeyLanes = ofJourney(lanes, id).map(({ id: laneId, kind, name }) => ({
            id: laneId,
            kind,
            name: name.trim(),
          }))
          const stageOrder = new Map(
            journeyPhases.flatMap((p) => p.stages).map((s, at) => [s.id, at]),
          )
          const laneOrder = new Map(journeyLanes.map((l, at) => [l.id, at]))
          return {
            id,
            title: props.title.trim(),
            phases: journeyPhases,
            lanes: journeyLanes,
            touchpoints: ofJourney(touchpoints, id)
              .filter((t) => stageOrder.has(t.stageId) && laneOrder.has(t.laneId))
              .sort(
                (a, b) =>
                  stageOrder.get(a.stageId)! - stageOrder.get(b.stageId)! ||
                  laneOrder.get(a.laneId)! - laneOrder.get(b.laneId)! ||
                  byIndex(a, b),
              )
              .map((t): Touchpoint => {
                const department = foldedDepartment(t.department)
                return {
                  id: t.id,
                  stageId: t.stageId,
                  laneId: t.laneId,
                  text: t.text.trim(),
                  departmentId: department.id,
                  painPoint:
                    t.painSeverity === 0 ? null : { severity: t.painSeverity, note: t.painNote },
                  linkedId: t.linkedId && linkable.has(t.linkedId) ? t.linkedId : null,
                }
              }),
          }
        })
      addTouchpointDepartments(model, touchpoints)
    },
  }
}

/** Departments only touchpoints name join the board's departments, in name order. */
function addTouchpointDepartments(
  model: BoardModel,
  touchpoints: { department: string; id: string }[],
): void {
  const known = new Set(model.departments.map((department) => department.id))
  const read = new Set(model.journeys.flatMap((j) => j.touchpoints.map((t) => t.id)))
  const added = new Map<string, { name: string; by: string }>()
  for (const t of touchpoints) {
    const department = foldedDepartment(t.department)
    if (!department.id || known.has(department.id) || !read.has(t.id)) continue
    const first = added.get(department.id)
    if (!first || compareIds(t.id, first.by) < 0) {
      added.set(department.id, { name: department.name, by: t.id })
    }
  }
  if (added.size === 0) return
  model.departments = [
    ...model.departments,
    ...[...added].map(([id, { name }]) => ({ id, name, cubeIds: [] })),
  ].sort((a, b) => a.name.localeCompare(b.name) || compareIds(a.id, b.id))
}

function byIndex(a: { index: string; id: string }, b: { index: string; id: string }): number {
  return compareIds(a.index, b.index) || compareIds(a.id, b.id)
}
