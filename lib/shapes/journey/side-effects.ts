// A journey's parts leave together: with the journey, the phase, the stage or the lane they are in.
import type { TLShapeId, TLStore } from '@tldraw/tlschema'
import {
  journeyLaneTypeName,
  journeyPhaseTypeName,
  journeyShapeType,
  journeyStageTypeName,
} from '@/lib/model'
import { journeyPartsOf, standardJourneyParts, type TLJourneyPart } from './part-records'

/** What a part holds directly: a phase its stages, a stage or a lane the touchpoints of its cells. */
function partsHeldBy(store: TLStore, part: TLJourneyPart): TLJourneyPart[] {
  const { stages, touchpoints } = journeyPartsOf(store, part.journeyId)
  return [
    ...stages.filter((stage) => stage.phaseId === part.id),
    ...touchpoints.filter((t) => t.stageId === part.id || t.laneId === part.id),
  ]
}

/**
 * Deleting a journey deletes all its parts; deleting a phase, stage or lane however it goes
 * (its button, a script) deletes what it held, a phase's stages taking their touchpoints in
 * turn, all in the same change, so one undo brings everything back. Only the participant who
 * deleted does it; the others receive the deletions through sync.
 */
export function deletePartsWithTheirJourney(store: TLStore): () => void {
  const unregister = [
    store.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
      if (source !== 'user' || shape.type !== journeyShapeType) return
      const parts = Object.values(journeyPartsOf(store, shape.id as TLShapeId)).flat()
      if (parts.length) store.remove(parts.map((part) => part.id))
    }),
    ...([journeyPhaseTypeName, journeyStageTypeName, journeyLaneTypeName] as const).map(
      (typeName) =>
        store.sideEffects.registerAfterDeleteHandler(typeName, (part, source) => {
          if (source !== 'user') return
          const held = partsHeldBy(store, part)
          if (held.length) store.remove(held.map((record) => record.id))
        }),
    ),
  ]
  return () => unregister.forEach((stop) => stop())
}

/**
 * A journey drawn with the tool starts with the standard lanes and one phase with one stage.
 * Only its maker writes them (the others receive them through sync); a journey that comes
 * with its parts (a template, an import) keeps its own.
 */
export function giveNewJourneysTheirParts(store: TLStore): () => void {
  return store.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== journeyShapeType) return
    const parts = journeyPartsOf(store, shape.id)
    if (parts.phases.length || parts.lanes.length) return
    store.put(standardJourneyParts(shape.id))
  })
}
