/**
 * The value zone's answers for scripts and pages: each persona's coverage (stated, unstated,
 * overall) and the value zone's gaps, as plain JSON.
 */
import type { BoardModel } from '../board-model'
import { modelCoverage, type NeedCount } from './coverage'
import { valueZoneGaps } from './gaps'

export interface ValueZoneAnalysis {
  gaps: {
    personasWithoutNeeds: { id: string; name: string }[]
    unmetNeeds: { id: string; text: string; personaId: string; persona: string; stated: boolean }[]
    idleOfferings: { id: string; text: string; organisationId: string; organisation: string }[]
  }
  coverage: {
    personaId: string
    name: string
    stated: Counted
    unstated: Counted
    overall: Counted
  }[]
}

/** Met needs out of all. */
export interface Counted {
  met: number
  total: number
}

export function valueZoneAnalysis(model: BoardModel): ValueZoneAnalysis {
  const personas = new Map(model.personas.map((persona) => [persona.id, persona.name]))
  const organisations = new Map(model.organisations.map((o) => [o.id, o.name]))
  const gaps = valueZoneGaps(model)
  const coverage = modelCoverage(model)
  const counted = ({ met, total }: NeedCount): Counted => ({ met, total })
  return {
    gaps: {
      personasWithoutNeeds: gaps.personasWithoutNeeds.map(({ id, name }) => ({ id, name })),
      unmetNeeds: gaps.unmetNeeds.map((need) => ({
        id: need.id,
        text: need.text,
        personaId: need.personaId,
        persona: personas.get(need.personaId) ?? '',
        stated: need.stated,
      })),
      idleOfferings: gaps.idleOfferings.map((offering) => ({
        id: offering.id,
        text: offering.text,
        organisationId: offering.organisationId,
        organisation: organisations.get(offering.organisationId) ?? '',
      })),
    },
    coverage: model.personas.map((persona) => {
      const figures = coverage.byPersona.get(persona.id)!
      return {
        personaId: persona.id,
        name: persona.name,
        stated: counted(figures.stated),
        unstated: counted(figures.unstated),
        overall: counted(figures.overall),
      }
    }),
  }
}
