/**
 * What changed in a board's customer-experience maps between two models: journeys, their
 * stages (names, how they feel) and touchpoints (words, department, pain points, links).
 * What came or went with its journey is counted in the journey's line.
 */
import type { BoardModel } from '../board-model'
import { compared, type ModelComparison } from '../changes/comparison'
import { added, changed, removed, type ModelChange } from '../changes/model-change'
import { quoted } from '../names'
import type { Journey, Touchpoint } from './journey-model'
import { stageLabel, stagesOf, touchpointLabel } from './names'
import { experienceWords, painSeverityWords } from './vocabulary'

export function journeyChanges({ before, after, onBoard }: ModelComparison): ModelChange[] {
  const journeys = compared(before.journeys, after.journeys)
  const stages = compared(allStages(before), allStages(after))
  const touchpoints = compared(allTouchpoints(before), allTouchpoints(after))
  const departments = new Map(
    [...before.departments, ...after.departments].map((d) => [d.id, d.name]),
  )
  const departmentName = (id: string) => departments.get(id) || 'no department'
  return [
    ...journeys.added.map((journey) =>
      added(`Journey ${quoted(journey.title)} added`, journey.id, {
        count: journey.touchpoints.length,
        noun: 'touchpoint',
      }),
    ),
    ...journeys.removed.map((journey) =>
      removed(`Journey ${quoted(journey.title)} removed`, null, {
        count: journey.touchpoints.length,
        noun: 'touchpoint',
      }),
    ),
    ...journeys.kept
      .filter(([old, journey]) => old.title !== journey.title)
      .map(([old, journey]) =>
        changed(`Journey ${quoted(old.title)} renamed to ${quoted(journey.title)}`, journey.id),
      ),
    ...stages.added
      .filter((stage) => !journeys.addedIds.has(stage.journeyId))
      .map((stage) => added(`${stageLabel(stage)} added to ${stage.journey}`, stage.journeyId)),
    ...stages.removed
      .filter((stage) => !journeys.removedIds.has(stage.journeyId))
      .map((stage) =>
        removed(`${stageLabel(stage)} removed from ${stage.journey}`, onBoard(stage.journeyId)),
      ),
    ...stages.kept.flatMap(([old, stage]) => [
      ...(old.name !== stage.name
        ? [
            changed(
              `${stageLabel(old)} of ${stage.journey} renamed to ${quoted(stage.name)}`,
              stage.journeyId,
            ),
          ]
        : []),
      ...(old.experience !== stage.experience
        ? [
            changed(
              `${stageLabel(stage)} of ${stage.journey} now feels ${
                stage.experience === null
                  ? 'unrated'
                  : experienceWords[`${stage.experience}`].toLowerCase()
              }`,
              stage.journeyId,
            ),
          ]
        : []),
    ]),
    ...touchpoints.added
      .filter((touchpoint) => !journeys.addedIds.has(touchpoint.journeyId))
      .map((touchpoint) =>
        added(`${touchpointLabel(touchpoint)} added to ${touchpoint.where}`, touchpoint.id),
      ),
    ...touchpoints.removed
      .filter((touchpoint) => !journeys.removedIds.has(touchpoint.journeyId))
      .map((touchpoint) =>
        removed(
          `${touchpointLabel(touchpoint)} removed from ${touchpoint.where}`,
          onBoard(touchpoint.journeyId),
        ),
      ),
    ...touchpoints.kept.flatMap(([old, touchpoint]) => {
      const changes: ModelChange[] = []
      const at = `in ${touchpoint.where}`
      if (old.text !== touchpoint.text) {
        changes.push(
          changed(
            `${touchpointLabel(old)} ${at} now reads ${quoted(touchpoint.text)}`,
            touchpoint.id,
          ),
        )
      }
      if (old.stageId !== touchpoint.stageId || old.laneId !== touchpoint.laneId) {
        changes.push(
          changed(`${touchpointLabel(touchpoint)} moved to ${touchpoint.where}`, touchpoint.id),
        )
      }
      if (old.departmentId !== touchpoint.departmentId) {
        changes.push(
          changed(
            `${touchpointLabel(touchpoint)} ${at} now belongs to ${departmentName(touchpoint.departmentId)}`,
            touchpoint.id,
          ),
        )
      }
      const pain = touchpoint.painPoint
      if (JSON.stringify(old.painPoint) !== JSON.stringify(pain)) {
        changes.push(
          changed(
            pain
              ? `${touchpointLabel(touchpoint)} ${at} marked as a pain point (${painSeverityWords[`${pain.severity}`].toLowerCase()})`
              : `${touchpointLabel(touchpoint)} ${at} is no longer a pain point`,
            touchpoint.id,
          ),
        )
      }
      if (old.linkedId !== touchpoint.linkedId) {
        changes.push(
          changed(
            touchpoint.linkedId
              ? `${touchpointLabel(touchpoint)} ${at} now points at the cube network`
              : `${touchpointLabel(touchpoint)} ${at} no longer points at the cube network`,
            touchpoint.id,
          ),
        )
      }
      return changes
    }),
  ]
}

function allStages(model: BoardModel) {
  return model.journeys.flatMap((journey) =>
    stagesOf(journey).map((stage) => ({
      ...stage,
      journeyId: journey.id,
      journey: `journey ${quoted(journey.title)}`,
    })),
  )
}

function allTouchpoints(model: BoardModel): (Touchpoint & { journeyId: string; where: string })[] {
  return model.journeys.flatMap((journey: Journey) => {
    const stages = new Map(stagesOf(journey).map((stage) => [stage.id, stage.name]))
    const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane.name]))
    return journey.touchpoints.map((touchpoint) => ({
      ...touchpoint,
      journeyId: journey.id,
      where: `${quoted(stages.get(touchpoint.stageId) ?? '')} · ${lanes.get(touchpoint.laneId) || 'lane'} of journey ${quoted(journey.title)}`,
    }))
  })
}
