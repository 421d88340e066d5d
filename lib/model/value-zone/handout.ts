/** The value zone's part of the handout: coverage of personas' needs and its gaps. */
import type { BoardModel } from '../board-model'
import { noneIfEmpty, type HandoutSection } from '../section'
import { formatPercent, modelCoverage, type NeedCount } from './coverage'
import { valueZoneGaps } from './gaps'

export function valueZoneHandout(model: BoardModel): HandoutSection[] {
  const gaps = valueZoneGaps(model)
  const coverage = modelCoverage(model)
  return [
    {
      title: 'Coverage of personas’ needs',
      lines: noneIfEmpty(
        model.personas.map((persona) => {
          const figures = coverage.byPersona.get(persona.id)!
          const part = (label: string, count: NeedCount) =>
            `${label} ${formatPercent(count)} (${count.met} of ${count.total})`
          return `${persona.name || 'Unnamed persona'}: ${[
            part('stated', figures.stated),
            part('unstated', figures.unstated),
            part('overall', figures.overall),
          ].join(', ')}`
        }),
      ),
    },
    {
      title: 'Unmet needs',
      lines: noneIfEmpty(
        gaps.unmetNeeds.map(
          (need) =>
            `${need.text} (${need.stated ? 'stated' : 'unstated'}, ${model.personas.find((p) => p.id === need.personaId)?.name ?? ''})`,
        ),
      ),
    },
    {
      title: 'Offerings that fulfil no need',
      lines: noneIfEmpty(
        gaps.idleOfferings.map((offering) => `${offering.text} (${offering.kind})`),
      ),
    },
  ]
}
