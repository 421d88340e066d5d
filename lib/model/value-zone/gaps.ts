/** What a board's value zone does not (yet) say: personas without needs, unmet needs, idle offerings. */
import type { BoardModel } from '../board-model'
import { modelCoverage } from './coverage'
import type { Need, Offering, Persona } from './value-zone-model'

export interface ValueZoneGaps {
  personasWithoutNeeds: Persona[]
  /** Needs no product or service fulfils. */
  unmetNeeds: Need[]
  /** Products and services that fulfil no need: a question for the business. */
  idleOfferings: Offering[]
}

export function valueZoneGaps(model: BoardModel): ValueZoneGaps {
  const coverage = modelCoverage(model)
  return {
    personasWithoutNeeds: model.personas.filter(
      (persona) => !model.needs.some((need) => need.personaId === persona.id),
    ),
    unmetNeeds: model.needs.filter((need) => coverage.unmetNeedIds.has(need.id)),
    idleOfferings: model.offerings.filter((offering) => coverage.idleOfferingIds.has(offering.id)),
  }
}
