/**
 * A journey's parts: its phases, stages, lanes and touchpoints, each a record of its own (so
 * two people editing two touchpoints of one cell both keep their edit), with their validators,
 * migrations and queries. The model reads exactly these fields (lib/model/journey/read.ts).
 */
import type { BaseRecord, RecordId } from '@tldraw/store'
import { idValidator, type TLShapeId, type TLStore } from '@tldraw/tlschema'
import { getIndexBelow, getIndices, type IndexKey, type JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import {
  experienceScores,
  journeyLaneTypeName,
  journeyPhaseTypeName,
  journeyStageTypeName,
  laneKindNames,
  laneKinds,
  painSeverities,
  standardLaneKinds,
  touchpointTypeName,
  type ExperienceScore,
  type LaneKind,
  type PainSeverity,
} from '@/lib/model'
import {
  childRecordsOf,
  firstRecordVersion,
  indexAfterLast,
  indexAfterMoving,
  recordMetaValidator,
} from '../shared/record-versions'

/** What every part of a journey has: the journey shape it belongs to and its order there. */
interface JourneyPartFields {
  journeyId: TLShapeId
  /** Order among its siblings (left to right, top to bottom), as a fractional index. */
  index: IndexKey
  meta: JsonObject
}

/** A phase of the journey ("Apply"): a header over its stages. */
export interface TLJourneyPhase
  extends BaseRecord<typeof journeyPhaseTypeName, RecordId<TLJourneyPhase>>, JourneyPartFields {
  name: string
}

/** A stage (a column) within a phase, with how it feels and whose journey it is. */
export interface TLJourneyStage
  extends BaseRecord<typeof journeyStageTypeName, RecordId<TLJourneyStage>>, JourneyPartFields {
  phaseId: RecordId<TLJourneyPhase>
  name: string
  /** The persona shape whose journey this stage is, or null. */
  personaId: TLShapeId | null
  /** −2 … +2; null until someone says. */
  experience: ExperienceScore | null
}

/** A lane (a row) under the stages: customer actions, front stage, on stage, back stage… */
export interface TLJourneyLane
  extends BaseRecord<typeof journeyLaneTypeName, RecordId<TLJourneyLane>>, JourneyPartFields {
  kind: LaneKind
  name: string
}

/** A touchpoint card in one cell (stage × lane). */
export interface TLTouchpoint
  extends BaseRecord<typeof touchpointTypeName, RecordId<TLTouchpoint>>, JourneyPartFields {
  stageId: RecordId<TLJourneyStage>
  laneId: RecordId<TLJourneyLane>
  text: string
  /** The department responsible, as written. */
  department: string
  /** 0: not a pain point; else how much it hurts. */
  painSeverity: 0 | PainSeverity
  painNote: string
  /** The cube or cube item it is in the network (lib/model/journey/touchpoint-link-rules.ts). */
  linkedId: string | null
}

export type TLJourneyPart = TLJourneyPhase | TLJourneyStage | TLJourneyLane | TLTouchpoint

declare module '@tldraw/tlschema' {
  interface TLGlobalRecordPropsMap {
    [journeyPhaseTypeName]: TLJourneyPhase
    [journeyStageTypeName]: TLJourneyStage
    [journeyLaneTypeName]: TLJourneyLane
    [touchpointTypeName]: TLTouchpoint
  }
}

/** The fields every part validates the same way. */
function partFields<Part extends TLJourneyPart>(typeName: Part['typeName']) {
  return {
    id: idValidator<RecordId<Part>>(typeName),
    typeName: T.literal(typeName),
    journeyId: idValidator<TLShapeId>('shape'),
    index: T.indexKey,
    meta: recordMetaValidator,
  }
}

export const journeyPhaseValidator: T.Validator<TLJourneyPhase> = T.object({
  ...partFields<TLJourneyPhase>(journeyPhaseTypeName),
  name: T.string,
})

export const journeyStageValidator: T.Validator<TLJourneyStage> = T.object({
  ...partFields<TLJourneyStage>(journeyStageTypeName),
  phaseId: idValidator<RecordId<TLJourneyPhase>>(journeyPhaseTypeName),
  name: T.string,
  personaId: idValidator<TLShapeId>('shape').nullable(),
  experience: T.literalEnum(...experienceScores).nullable(),
})

export const journeyLaneValidator: T.Validator<TLJourneyLane> = T.object({
  ...partFields<TLJourneyLane>(journeyLaneTypeName),
  kind: T.literalEnum(...laneKinds),
  name: T.string,
})

export const touchpointValidator: T.Validator<TLTouchpoint> = T.object({
  ...partFields<TLTouchpoint>(touchpointTypeName),
  stageId: idValidator<RecordId<TLJourneyStage>>(journeyStageTypeName),
  laneId: idValidator<RecordId<TLJourneyLane>>(journeyLaneTypeName),
  text: T.string,
  department: T.string,
  painSeverity: T.literalEnum(0, ...painSeverities),
  painNote: T.string,
  linkedId: T.string.nullable(),
})

/** Store info (scope, validator, migrations) of each part's record type, for the shape's schema. */
export const journeyPartRecords = [
  {
    typeName: journeyPhaseTypeName,
    ...firstRecordVersion(journeyPhaseTypeName, journeyPhaseValidator),
  },
  {
    typeName: journeyStageTypeName,
    ...firstRecordVersion(journeyStageTypeName, journeyStageValidator),
  },
  {
    typeName: journeyLaneTypeName,
    ...firstRecordVersion(journeyLaneTypeName, journeyLaneValidator),
  },
  { typeName: touchpointTypeName, ...firstRecordVersion(touchpointTypeName, touchpointValidator) },
] as const

/** The parts of one journey, each kind in order. Reactive inside a computed. */
export function journeyPartsOf(store: TLStore, journeyId: TLShapeId) {
  return {
    phases: childRecordsOf(store, journeyPhaseTypeName, 'journeyId', journeyId),
    stages: childRecordsOf(store, journeyStageTypeName, 'journeyId', journeyId),
    lanes: childRecordsOf(store, journeyLaneTypeName, 'journeyId', journeyId),
    touchpoints: childRecordsOf(store, touchpointTypeName, 'journeyId', journeyId),
  }
}

function newPartId<Part extends TLJourneyPart>(typeName: Part['typeName']): RecordId<Part> {
  return `${typeName}:${crypto.randomUUID()}` as RecordId<Part>
}

/** A new phase after the journey's last. */
export function newJourneyPhase(
  store: TLStore,
  fields: Pick<TLJourneyPhase, 'journeyId' | 'name'>,
): TLJourneyPhase {
  const { phases } = journeyPartsOf(store, fields.journeyId)
  return {
    id: newPartId<TLJourneyPhase>(journeyPhaseTypeName),
    typeName: journeyPhaseTypeName,
    ...fields,
    index: indexAfterLast(phases),
    meta: {},
  }
}

/** A new stage at the end of its phase, feeling and persona not said yet. */
export function newJourneyStage(
  store: TLStore,
  fields: Pick<TLJourneyStage, 'journeyId' | 'phaseId' | 'name'>,
): TLJourneyStage {
  const { stages } = journeyPartsOf(store, fields.journeyId)
  return {
    id: newPartId<TLJourneyStage>(journeyStageTypeName),
    typeName: journeyStageTypeName,
    ...fields,
    personaId: null,
    experience: null,
    index: indexAfterLast(stages.filter((stage) => stage.phaseId === fields.phaseId)),
    meta: {},
  }
}

/**
 * Where a stage goes when moved one place left (−1) or right (1): within its phase, or, from
 * the phase's first or last place, to the near end of the neighbouring phase, so a stage can
 * travel the whole map by its arrows. Null at the map's ends.
 */
export function stageMoved(
  store: TLStore,
  stage: TLJourneyStage,
  direction: -1 | 1,
): Pick<TLJourneyStage, 'phaseId' | 'index'> | null {
  const { phases, stages } = journeyPartsOf(store, stage.journeyId)
  const inPhase = stages.filter((s) => s.phaseId === stage.phaseId)
  const index = indexAfterMoving(inPhase, stage, direction)
  if (index) return { phaseId: stage.phaseId, index }
  const next = phases[phases.findIndex((p) => p.id === stage.phaseId) + direction]
  if (!next) return null
  const there = stages.filter((s) => s.phaseId === next.id)
  return {
    phaseId: next.id,
    index: direction === 1 ? getIndexBelow(there[0]?.index ?? null) : indexAfterLast(there),
  }
}

/** A stage moved into another phase, after that phase's last stage. */
export function stageInPhase(
  store: TLStore,
  stage: TLJourneyStage,
  phaseId: RecordId<TLJourneyPhase>,
): Pick<TLJourneyStage, 'phaseId' | 'index'> {
  const there = journeyPartsOf(store, stage.journeyId).stages.filter((s) => s.phaseId === phaseId)
  return { phaseId, index: indexAfterLast(there.filter((s) => s.id !== stage.id)) }
}

/** A new lane below the journey's last. */
export function newJourneyLane(
  store: TLStore,
  fields: Pick<TLJourneyLane, 'journeyId' | 'kind' | 'name'>,
): TLJourneyLane {
  const { lanes } = journeyPartsOf(store, fields.journeyId)
  return {
    id: newPartId<TLJourneyLane>(journeyLaneTypeName),
    typeName: journeyLaneTypeName,
    ...fields,
    index: indexAfterLast(lanes),
    meta: {},
  }
}

/** A new touchpoint at the end of its cell, no pain point, linked to nothing. */
export function newTouchpoint(
  store: TLStore,
  fields: Pick<TLTouchpoint, 'journeyId' | 'stageId' | 'laneId' | 'text'> &
    Partial<Pick<TLTouchpoint, 'department'>>,
): TLTouchpoint {
  return {
    id: newPartId<TLTouchpoint>(touchpointTypeName),
    typeName: touchpointTypeName,
    department: '',
    painSeverity: 0,
    painNote: '',
    linkedId: null,
    ...fields,
    index: indexAfterLast(touchpointsIn(store, fields)),
    meta: {},
  }
}

/** The touchpoints of one cell, in order. */
export function touchpointsIn(
  store: TLStore,
  cell: Pick<TLTouchpoint, 'journeyId' | 'stageId' | 'laneId'>,
): TLTouchpoint[] {
  return journeyPartsOf(store, cell.journeyId).touchpoints.filter(
    (t) => t.stageId === cell.stageId && t.laneId === cell.laneId,
  )
}

/**
 * What a new journey starts with: the four standard lanes, and one phase with one stage to
 * write the first touchpoints in.
 */
export function standardJourneyParts(journeyId: TLShapeId): TLJourneyPart[] {
  const phase: TLJourneyPhase = {
    id: newPartId<TLJourneyPhase>(journeyPhaseTypeName),
    typeName: journeyPhaseTypeName,
    journeyId,
    name: 'Phase 1',
    index: indexAfterLast([]),
    meta: {},
  }
  const stage: TLJourneyStage = {
    id: newPartId<TLJourneyStage>(journeyStageTypeName),
    typeName: journeyStageTypeName,
    journeyId,
    phaseId: phase.id,
    name: 'Stage 1',
    personaId: null,
    experience: null,
    index: indexAfterLast([]),
    meta: {},
  }
  const laneIndices = getIndices(standardLaneKinds.length + 1).slice(1)
  const lanes = standardLaneKinds.map((kind, n): TLJourneyLane => ({
    id: newPartId<TLJourneyLane>(journeyLaneTypeName),
    typeName: journeyLaneTypeName,
    journeyId,
    kind,
    name: laneKindNames[kind],
    index: laneIndices[n]!,
    meta: {},
  }))
  return [phase, stage, ...lanes]
}
