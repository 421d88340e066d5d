/** The customer-experience map as a section of the shared model (see ../section.ts). */
import { quoted } from '../names'
import { noneIfEmpty, type ModelSection } from '../section'
import { journeyChanges } from './changes'
import { checkJourneys } from './check'
import { stageLabel, stagesOf, touchpointLabel } from './names'
import { journeyReader } from './read'
import { journeyTables } from './tables'
import { experienceWords, laneKindNames, painSeverityWords } from './vocabulary'

export const journeySection: ModelSection = {
  id: 'journey',
  reader: journeyReader,
  recordIds(model) {
    return model.journeys.flatMap((journey, j) => [
      { at: ['journeys', j, 'id'], id: journey.id },
      ...journey.phases.flatMap((phase, p) => [
        { at: ['journeys', j, 'phases', p, 'id'], id: phase.id },
        ...phase.stages.map((stage, s) => ({
          at: ['journeys', j, 'phases', p, 'stages', s, 'id'],
          id: stage.id,
        })),
      ]),
      ...journey.lanes.map((lane, l) => ({ at: ['journeys', j, 'lanes', l, 'id'], id: lane.id })),
      ...journey.touchpoints.map((touchpoint, t) => ({
        at: ['journeys', j, 'touchpoints', t, 'id'],
        id: touchpoint.id,
      })),
    ])
  },
  things(model) {
    return model.journeys.flatMap((journey) => {
      const stages = new Map(stagesOf(journey).map((stage) => [stage.id, stage]))
      const title = journey.title || 'Untitled journey'
      return [
        {
          id: journey.id,
          label: `Journey ${quoted(journey.title)}`,
          text: journey.title,
          group: 'Journeys',
        },
        ...stagesOf(journey).map((stage) => ({
          id: stage.id,
          label: stageLabel(stage),
          text: stage.name,
          group: title,
        })),
        ...journey.touchpoints.map((touchpoint) => ({
          id: touchpoint.id,
          label: touchpointLabel(touchpoint),
          text: touchpoint.text,
          group: `${title} · ${stages.get(touchpoint.stageId)?.name || 'stage'}`,
        })),
      ]
    })
  },
  check: checkJourneys,
  changes: journeyChanges,
  search(model, matches) {
    const departments = new Map(model.departments.map((d) => [d.id, d.name]))
    return model.journeys.flatMap((journey) => {
      const stages = new Map(stagesOf(journey).map((stage) => [stage.id, stage]))
      const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane]))
      return journey.touchpoints.flatMap((touchpoint) => {
        const stage = stages.get(touchpoint.stageId)
        const department = departments.get(touchpoint.departmentId) ?? ''
        const where = [stage?.name ?? '', journey.title, department]
        if (
          !touchpoint.text ||
          !matches([touchpoint.text, touchpoint.painPoint?.note ?? ''], where)
        ) {
          return []
        }
        const lane = lanes.get(touchpoint.laneId)
        return [
          {
            kind: 'touchpoint' as const,
            id: touchpoint.id,
            text: touchpoint.text,
            context: `Touchpoint in ${quoted(stage?.name ?? '')}, ${lane?.name || (lane ? laneKindNames[lane.kind] : '')} (${journey.title || 'journey'})`,
          },
        ]
      })
    })
  },
  tables: journeyTables,
  handout(model) {
    const departments = new Map(model.departments.map((d) => [d.id, d.name]))
    return model.journeys.flatMap((journey) => {
      const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane]))
      const title = journey.title || 'Untitled journey'
      return [
        {
          title: `Customer journey ${quoted(title)}`,
          lines: noneIfEmpty(
            stagesOf(journey).map((stage) => {
              const feels =
                stage.experience === null
                  ? ''
                  : ` (feels ${experienceWords[`${stage.experience}`].toLowerCase()})`
              const touchpoints = journey.touchpoints
                .filter((touchpoint) => touchpoint.stageId === stage.id)
                .map((touchpoint) => {
                  const lane = lanes.get(touchpoint.laneId)
                  const department = departments.get(touchpoint.departmentId)
                  return `${lane?.name || ''}: ${touchpoint.text}${department ? ` [${department}]` : ''}${touchpoint.painPoint ? ' ⚠' : ''}`
                })
              return `${stage.phase} › ${stage.name}${feels}: ${touchpoints.join('; ') || 'no touchpoints'}`
            }),
          ),
        },
        {
          title: `Pain points of ${quoted(title)}`,
          lines: noneIfEmpty(
            journey.touchpoints.flatMap((touchpoint) => {
              if (!touchpoint.painPoint) return []
              const severity = painSeverityWords[`${touchpoint.painPoint.severity}`]
              const note = touchpoint.painPoint.note ? `: ${touchpoint.painPoint.note}` : ''
              const department = departments.get(touchpoint.departmentId)
              return [
                `${severity} — ${touchpoint.text}${department ? ` [${department}]` : ''}${note}`,
              ]
            }),
          ),
        },
      ]
    })
  },
}
