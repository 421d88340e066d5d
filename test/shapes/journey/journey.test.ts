import { describe, expect, it } from 'vitest'
import type { TLRecord } from 'tldraw'
import { keepRecordsWhole, shapeSchemas } from '@/lib/shapes'
import { journeyLaneTypeName, modelFromRecords, standardLaneKinds } from '@/lib/model'
import {
  journeyPartsOf,
  newJourneyLane,
  newJourneyPhase,
  newJourneyStage,
  newTouchpoint,
  stageInPhase,
  stageMoved,
  touchpointValidator,
  type TLTouchpoint,
} from '@/lib/shapes/journey/part-records'
import { journeyShapeSchema, type TLJourneyShape } from '@/lib/shapes/journey/schema'
import { indexAfterMoving } from '@/lib/shapes/shared/record-versions'
import { newStore, shapeRecord } from '../../helpers/tldraw-stores'

/** A store with the side effects the canvas registers, and one journey drawn in it. */
function boardWithJourney() {
  const store = newStore()
  keepRecordsWhole(store, shapeSchemas)
  const journey = shapeRecord<TLJourneyShape>(journeyShapeSchema, { title: 'Home loan' })
  store.put([journey])
  return { store, journeyId: journey.id }
}

describe('a journey on the board', () => {
  it('starts with the four standard lanes and one phase with one stage', () => {
    const { store, journeyId } = boardWithJourney()
    const parts = journeyPartsOf(store, journeyId)
    expect(parts.lanes.map((lane) => lane.kind)).toEqual([...standardLaneKinds])
    expect(parts.phases).toHaveLength(1)
    expect(parts.stages).toHaveLength(1)
    expect(parts.stages[0]!.phaseId).toBe(parts.phases[0]!.id)
    expect(parts.touchpoints).toEqual([])
  })

  it('is read by the model as the map it draws, touchpoint fields and all', () => {
    const { store, journeyId } = boardWithJourney()
    const { stages, lanes } = journeyPartsOf(store, journeyId)
    const backStage = lanes.find((lane) => lane.kind === 'back-stage')!
    const touchpoint: TLTouchpoint = {
      ...newTouchpoint(store, {
        journeyId,
        stageId: stages[0]!.id,
        laneId: backStage.id,
        text: 'Credit check',
      }),
      department: 'Risk Department',
      painSeverity: 2,
      painNote: 'no word while it runs',
    }
    store.put([touchpoint])
    const [journey] = modelFromRecords(store.allRecords()).journeys
    expect(journey!.title).toBe('Home loan')
    expect(journey!.lanes.map((lane) => lane.name)).toEqual([
      'Customer actions',
      'Front-stage channels',
      'On-stage activities',
      'Back-stage capabilities',
    ])
    expect(journey!.touchpoints).toEqual([
      {
        id: touchpoint.id,
        stageId: stages[0]!.id,
        laneId: backStage.id,
        text: 'Credit check',
        departmentId: 'risk department',
        painPoint: { severity: 2, note: 'no word while it runs' },
        linkedId: null,
      },
    ])
  })

  it('refuses a pain severity or lane kind outside the vocabulary', () => {
    const { store, journeyId } = boardWithJourney()
    const { stages, lanes } = journeyPartsOf(store, journeyId)
    const touchpoint = newTouchpoint(store, {
      journeyId,
      stageId: stages[0]!.id,
      laneId: lanes[0]!.id,
      text: 'x',
    })
    expect(() => touchpointValidator.validate({ ...touchpoint, painSeverity: 4 })).toThrow()
    const lane = newJourneyLane(store, { journeyId, kind: 'other', name: 'Partners' })
    expect(() => store.put([{ ...lane, kind: 'sideways' } as unknown as TLRecord])).toThrow()
    expect(lane.typeName).toBe(journeyLaneTypeName)
  })

  it('adds phases, stages and lanes after the last, and moves one by one index', () => {
    const { store, journeyId } = boardWithJourney()
    const second = newJourneyPhase(store, { journeyId, name: 'Apply' })
    store.put([second])
    const [first] = journeyPartsOf(store, journeyId).phases
    const stage = newJourneyStage(store, { journeyId, phaseId: second.id, name: 'Fill in' })
    store.put([stage])
    const lane = newJourneyLane(store, { journeyId, kind: 'other', name: 'Partners' })
    store.put([lane])
    const parts = journeyPartsOf(store, journeyId)
    expect(parts.phases.map((p) => p.id)).toEqual([first!.id, second.id])
    expect(parts.lanes.at(-1)!.name).toBe('Partners')

    store.update(second.id, (p) => ({ ...p, index: indexAfterMoving(parts.phases, p, -1)! }))
    expect(journeyPartsOf(store, journeyId).phases.map((p) => p.name)).toEqual(['Apply', 'Phase 1'])
    expect(indexAfterMoving(journeyPartsOf(store, journeyId).phases, second, -1)).toBeNull()
  })

  it('moves a stage by its arrows across phases, and into a phase chosen by name', () => {
    const { store, journeyId } = boardWithJourney()
    const apply = newJourneyPhase(store, { journeyId, name: 'Apply' })
    store.put([apply])
    const fill = newJourneyStage(store, { journeyId, phaseId: apply.id, name: 'Fill in' })
    store.put([fill])
    const [aware] = journeyPartsOf(store, journeyId).phases
    const order = () =>
      journeyPartsOf(store, journeyId).phases.flatMap((phase) =>
        journeyPartsOf(store, journeyId)
          .stages.filter((s) => s.phaseId === phase.id)
          .map((s) => `${phase.name}/${s.name}`),
      )
    const move = (direction: -1 | 1) => {
      const stage = store.get(fill.id)!
      const moved = stageMoved(store, stage, direction)
      if (moved) store.update(fill.id, (s) => ({ ...s, ...moved }))
      return moved
    }
    expect(order()).toEqual(['Phase 1/Stage 1', 'Apply/Fill in'])
    // From the first place of Apply, left goes to the end of Phase 1, then past Stage 1.
    move(-1)
    expect(order()).toEqual(['Phase 1/Stage 1', 'Phase 1/Fill in'])
    move(-1)
    expect(order()).toEqual(['Phase 1/Fill in', 'Phase 1/Stage 1'])
    expect(move(-1)).toBeNull()
    // Right from the last place of Phase 1 goes to the start of Apply.
    move(1)
    move(1)
    expect(order()).toEqual(['Phase 1/Stage 1', 'Apply/Fill in'])
    expect(move(1)).toBeNull()
    store.update(fill.id, (s) => ({ ...s, ...stageInPhase(store, s, aware!.id) }))
    expect(order()).toEqual(['Phase 1/Stage 1', 'Phase 1/Fill in'])
  })

  it('deleting a stage deletes its touchpoints, and a lane the touchpoints in it', () => {
    const { store, journeyId } = boardWithJourney()
    const { phases, stages, lanes } = journeyPartsOf(store, journeyId)
    const other = newJourneyStage(store, { journeyId, phaseId: phases[0]!.id, name: 'Two' })
    store.put([other])
    const put = (stageId: typeof other.id, laneId: (typeof lanes)[number]['id'], text: string) => {
      const t = newTouchpoint(store, { journeyId, stageId, laneId, text })
      store.put([t])
      return t.id
    }
    put(stages[0]!.id, lanes[0]!.id, 'gone with the stage')
    put(stages[0]!.id, lanes[1]!.id, 'gone with the stage too')
    put(other.id, lanes[1]!.id, 'gone with the lane')
    const stays = put(other.id, lanes[0]!.id, 'stays')
    store.remove([stages[0]!.id])
    expect(
      journeyPartsOf(store, journeyId)
        .touchpoints.map((t) => t.text)
        .sort(),
    ).toEqual(['gone with the lane', 'stays'])
    store.remove([lanes[1]!.id])
    expect(journeyPartsOf(store, journeyId).touchpoints.map((t) => t.id)).toEqual([stays])
  })

  it('deleting a phase deletes its stages and their touchpoints; the journey takes everything', () => {
    const { store, journeyId } = boardWithJourney()
    const { phases, stages, lanes } = journeyPartsOf(store, journeyId)
    store.put([
      newTouchpoint(store, { journeyId, stageId: stages[0]!.id, laneId: lanes[0]!.id, text: 'a' }),
    ])
    const kept = newJourneyPhase(store, { journeyId, name: 'Kept' })
    store.put([kept])
    store.remove([phases[0]!.id])
    const after = journeyPartsOf(store, journeyId)
    expect(after.phases.map((p) => p.name)).toEqual(['Kept'])
    expect(after.stages).toEqual([])
    expect(after.touchpoints).toEqual([])

    store.remove([journeyId])
    expect(store.allRecords().filter((r) => 'journeyId' in r)).toEqual([])
  })

  it('a remote deletion leaves the parts to the peer that deleted', () => {
    const { store, journeyId } = boardWithJourney()
    const { stages } = journeyPartsOf(store, journeyId)
    store.mergeRemoteChanges(() => store.remove([stages[0]!.id]))
    expect(journeyPartsOf(store, journeyId).stages).toEqual([])
    expect(journeyPartsOf(store, journeyId).lanes).toHaveLength(4)
  })
})
