/** The journeys as flat tables: touchpoints.csv and painpoints.csv. */
import type { BoardModel } from '../board-model'
import type { CsvTable } from '../export/csv'
import { stagesOf } from './names'
import { laneKindNames } from './vocabulary'

/** Every touchpoint, cell by cell, and every pain point; ids join rows of other files. */
export function journeyTables(model: BoardModel): Record<string, CsvTable> {
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const names = new Map<string, string>([
    ...model.cubes.map((cube) => [cube.id, cube.title] as const),
    ...model.items.map((item) => [item.id, item.text] as const),
  ])
  const rows = model.journeys.flatMap((journey) => {
    const stages = new Map(stagesOf(journey).map((stage) => [stage.id, stage]))
    const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane]))
    return journey.touchpoints.map((touchpoint) => {
      const stage = stages.get(touchpoint.stageId)
      const lane = lanes.get(touchpoint.laneId)
      return { journey, stage, lane, touchpoint }
    })
  })
  return {
    touchpoints: {
      header: [
        'touchpoint_id',
        'journey_id',
        'journey',
        'phase',
        'stage_id',
        'stage',
        'lane',
        'text',
        'department',
        'pain_severity',
        'linked_id',
        'linked',
      ],
      rows: rows.map(({ journey, stage, lane, touchpoint }) => [
        touchpoint.id,
        journey.id,
        journey.title,
        stage?.phase ?? '',
        touchpoint.stageId,
        stage?.name ?? '',
        lane ? lane.name || laneKindNames[lane.kind] : '',
        touchpoint.text,
        departments.get(touchpoint.departmentId) ?? '',
        touchpoint.painPoint?.severity ?? null,
        touchpoint.linkedId,
        touchpoint.linkedId ? (names.get(touchpoint.linkedId) ?? '') : '',
      ]),
    },
    painpoints: {
      header: [
        'touchpoint_id',
        'journey',
        'stage',
        'lane',
        'text',
        'department',
        'severity',
        'note',
      ],
      rows: rows
        .filter(({ touchpoint }) => touchpoint.painPoint)
        .map(({ journey, stage, lane, touchpoint }) => [
          touchpoint.id,
          journey.title,
          stage?.name ?? '',
          lane ? lane.name || laneKindNames[lane.kind] : '',
          touchpoint.text,
          departments.get(touchpoint.departmentId) ?? '',
          touchpoint.painPoint!.severity,
          touchpoint.painPoint!.note,
        ]),
    },
  }
}
