/**
 * The customer-experience maps' answers: per stage the departments involved and its pain
 * points, per department the stages it touches and the pain points it owns, the stages no
 * back-stage capability supports, and the touchpoints that point at nothing in the network.
 */
import type { BoardModel } from '../board-model'
import { compareIds } from '../ordering'
import { stagesOf } from './names'

export interface JourneyAnalysis {
  journey: {
    stages: {
      journeyId: string
      stageId: string
      name: string
      phase: string
      /** Departments responsible for its touchpoints, in department order. */
      departments: string[]
      /** Its touchpoints marked as pain points. */
      painPoints: string[]
    }[]
    departments: { departmentId: string; stages: string[]; painPoints: string[] }[]
    /** Stages with no touchpoint in a back-stage lane: nothing behind the scenes delivers them. */
    stagesWithoutBackStage: string[]
    /** Touchpoints that point at nothing in the cube network. */
    unlinkedTouchpoints: string[]
  }
}

export function journeyAnalysis(model: BoardModel): JourneyAnalysis {
  const departmentOrder = new Map(model.departments.map((d, at) => [d.id, at]))
  const inDepartmentOrder = (ids: Iterable<string>) =>
    [...new Set(ids)].sort(
      (a, b) =>
        (departmentOrder.get(a) ?? Infinity) - (departmentOrder.get(b) ?? Infinity) ||
        compareIds(a, b),
    )
  const stages: JourneyAnalysis['journey']['stages'] = []
  const byDepartment = new Map<string, { stages: Set<string>; painPoints: string[] }>()
  const withoutBackStage: string[] = []
  const unlinked: string[] = []
  for (const journey of model.journeys) {
    const backStageLanes = new Set(
      journey.lanes.filter((lane) => lane.kind === 'back-stage').map((lane) => lane.id),
    )
    for (const stage of stagesOf(journey)) {
      const touchpoints = journey.touchpoints.filter((t) => t.stageId === stage.id)
      stages.push({
        journeyId: journey.id,
        stageId: stage.id,
        name: stage.name,
        phase: stage.phase,
        departments: inDepartmentOrder(touchpoints.map((t) => t.departmentId).filter(Boolean)),
        painPoints: touchpoints.filter((t) => t.painPoint).map((t) => t.id),
      })
      if (!touchpoints.some((t) => backStageLanes.has(t.laneId))) withoutBackStage.push(stage.id)
    }
    for (const touchpoint of journey.touchpoints) {
      if (touchpoint.linkedId === null) unlinked.push(touchpoint.id)
      if (!touchpoint.departmentId) continue
      const entry = byDepartment.get(touchpoint.departmentId) ?? {
        stages: new Set<string>(),
        painPoints: [],
      }
      entry.stages.add(touchpoint.stageId)
      if (touchpoint.painPoint) entry.painPoints.push(touchpoint.id)
      byDepartment.set(touchpoint.departmentId, entry)
    }
  }
  return {
    journey: {
      stages,
      departments: inDepartmentOrder(byDepartment.keys()).map((departmentId) => ({
        departmentId,
        stages: [...byDepartment.get(departmentId)!.stages],
        painPoints: byDepartment.get(departmentId)!.painPoints,
      })),
      stagesWithoutBackStage: withoutBackStage,
      unlinkedTouchpoints: unlinked,
    },
  }
}
