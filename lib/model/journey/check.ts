/** The rules the journeys of a model file must keep (see ../problems.ts). */
import type { BoardModel } from '../board-model'
import type { ModelProblems } from '../problems'
import { checkTouchpointLink, type TouchpointTarget } from './touchpoint-link-rules'

/**
 * Stages of personas in the file, touchpoints in a cell of their own journey, of a
 * department the file names, linked only to what their lane may point at.
 */
export function checkJourneys(model: BoardModel, problems: ModelProblems): void {
  const personas = new Set(model.personas.map((persona) => persona.id))
  const departments = new Set(model.departments.map((department) => department.id))
  const targets = new Map<string, TouchpointTarget>([
    ...model.cubes.map((cube) => [cube.id, { kind: 'cube' }] as const),
    ...model.items.map((item) => [item.id, { kind: item.kind }] as const),
  ])
  model.journeys.forEach((journey, j) => {
    const stages = new Set<string>()
    journey.phases.forEach((phase, p) =>
      phase.stages.forEach((stage, s) => {
        stages.add(stage.id)
        if (stage.personaId !== null && !personas.has(stage.personaId)) {
          problems.add(
            ['journeys', j, 'phases', p, 'stages', s, 'personaId'],
            'known-persona',
            `no persona has the id "${stage.personaId}"`,
          )
        }
      }),
    )
    const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane]))
    journey.touchpoints.forEach((touchpoint, t) => {
      const at = ['journeys', j, 'touchpoints', t]
      if (!stages.has(touchpoint.stageId)) {
        problems.add(
          [...at, 'stageId'],
          'known-stage',
          `no stage of this journey has the id "${touchpoint.stageId}"`,
        )
      }
      const lane = lanes.get(touchpoint.laneId)
      if (!lane) {
        problems.add(
          [...at, 'laneId'],
          'known-lane',
          `no lane of this journey has the id "${touchpoint.laneId}"`,
        )
      }
      if (touchpoint.departmentId !== '' && !departments.has(touchpoint.departmentId)) {
        problems.add(
          [...at, 'departmentId'],
          'known-department',
          `no department has the id "${touchpoint.departmentId}"`,
        )
      }
      if (touchpoint.linkedId === null || !lane) return
      const verdict = checkTouchpointLink(lane.kind, targets.get(touchpoint.linkedId))
      if (!verdict.allowed) {
        problems.add(
          [...at, 'linkedId'],
          targets.has(touchpoint.linkedId) ? 'touchpoint-link' : 'known-link-target',
          targets.has(touchpoint.linkedId)
            ? verdict.reason
            : `no cube or cube item has the id "${touchpoint.linkedId}"`,
        )
      }
    })
  })
}
