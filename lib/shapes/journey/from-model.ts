/**
 * The journeys of a model as board records: each journey shape below the last, its phases,
 * stages, lanes and touchpoints in the model's order. Ids are the model's, so the board reads
 * back the same model.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, getIndices, type IndexKey } from '@tldraw/utils'
import {
  journeyLaneTypeName,
  journeyPhaseTypeName,
  journeyShapeType,
  journeyStageTypeName,
  touchpointTypeName,
  type Journey,
} from '@/lib/model'
import { onFirstPage } from '../pages'
import type { ModelWriter } from '../shape-schema'
import { journeyLayout } from './layout'
import type { TLJourneyShape } from './schema'

export const journeyFromModel: ModelWriter = (model, place) => {
  let after = place.after
  let top = place.top
  const departmentNames = new Map(model.departments.map((d) => [d.id, d.name]))
  const records: TLRecord[] = []
  for (const journey of model.journeys) {
    after = getIndexAbove(after)
    const size = journeyLayout.sizeOf(journey)
    const shape: TLJourneyShape = {
      id: journey.id as TLJourneyShape['id'],
      typeName: 'shape',
      type: journeyShapeType,
      x: place.positions[journey.id]?.x ?? 0,
      y: place.positions[journey.id]?.y ?? top,
      ...onFirstPage(after),
      props: { ...size, title: journey.title },
    }
    records.push(shape, ...partRecords(journey, departmentNames))
    top = Math.max(top, shape.y + size.h + journeyLayout.gap)
  }
  return { records, bottom: top, after }
}

function partRecords(journey: Journey, departmentNames: Map<string, string>): TLRecord[] {
  const part = (typeName: string, id: string, index: IndexKey, fields: object) =>
    ({ id, typeName, journeyId: journey.id, index, meta: {}, ...fields }) as unknown as TLRecord
  const phaseIndices = indices(journey.phases.length)
  const laneIndices = indices(journey.lanes.length)
  const stageIndex = new Map(
    journey.phases.flatMap((phase) => {
      const at = indices(phase.stages.length)
      return phase.stages.map((stage, n) => [stage.id, at[n]!] as const)
    }),
  )
  const cellCounts = new Map<string, number>()
  const touchpointIndices = indices(journey.touchpoints.length)
  return [
    ...journey.phases.map((phase, n) =>
      part(journeyPhaseTypeName, phase.id, phaseIndices[n]!, { name: phase.name }),
    ),
    ...journey.phases.flatMap((phase) =>
      phase.stages.map((stage) =>
        part(journeyStageTypeName, stage.id, stageIndex.get(stage.id)!, {
          phaseId: phase.id,
          name: stage.name,
          personaId: stage.personaId,
          experience: stage.experience,
        }),
      ),
    ),
    ...journey.lanes.map((lane, n) =>
      part(journeyLaneTypeName, lane.id, laneIndices[n]!, { kind: lane.kind, name: lane.name }),
    ),
    ...journey.touchpoints.map((t) => {
      // The model lists touchpoints cell by cell; the nth of its cell gets the nth index.
      const cell = `${t.stageId}|${t.laneId}`
      const n = cellCounts.get(cell) ?? 0
      cellCounts.set(cell, n + 1)
      return part(touchpointTypeName, t.id, touchpointIndices[n]!, {
        stageId: t.stageId,
        laneId: t.laneId,
        text: t.text,
        department: departmentNames.get(t.departmentId) ?? t.departmentId,
        painSeverity: t.painPoint?.severity ?? 0,
        painNote: t.painPoint?.note ?? '',
        linkedId: t.linkedId,
      })
    }),
  ]
}

/** n fractional indices in order. */
function indices(n: number): IndexKey[] {
  return getIndices(n + 1).slice(1)
}
