/**
 * Coverage of personas' needs by the business's offerings (docs/domain.md §3), in plain data so
 * the board, the tests and any export count it the same way.
 */

/** A need as coverage sees it. */
export interface CoverageNeed {
  id: string
  personaId: string
  stated: boolean
}

/** A "fulfilled by" link from a need to an offering. */
export interface CoverageLink {
  needId: string
  offeringId: string
}

/** How many needs of one kind are met, and the share as a whole percentage (null: none). */
export interface NeedCount {
  met: number
  total: number
  percent: number | null
}

export interface PersonaCoverage {
  stated: NeedCount
  unstated: NeedCount
  overall: NeedCount
}

export interface ValueZoneCoverage {
  byPersona: Map<string, PersonaCoverage>
  /** Needs no offering fulfils: the gaps. */
  unmetNeedIds: Set<string>
  /** Offerings that fulfil no need: a question for the business. */
  idleOfferingIds: Set<string>
}

/**
 * Counts, per persona, the stated, unstated and all needs that at least one existing
 * offering fulfils. Links to a need or offering that is no longer there count for nothing,
 * so a half-deleted link (one peer removed the offering) never inflates coverage.
 */
export function coverageByPersona(input: {
  personaIds: readonly string[]
  needs: readonly CoverageNeed[]
  offeringIds: readonly string[]
  links: readonly CoverageLink[]
}): ValueZoneCoverage {
  const offerings = new Set(input.offeringIds)
  const needIds = new Set(input.needs.map((need) => need.id))
  const metNeedIds = new Set<string>()
  const usedOfferingIds = new Set<string>()
  for (const link of input.links) {
    if (!needIds.has(link.needId) || !offerings.has(link.offeringId)) continue
    metNeedIds.add(link.needId)
    usedOfferingIds.add(link.offeringId)
  }

  const byPersona = new Map<string, PersonaCoverage>()
  for (const personaId of input.personaIds) {
    const needs = input.needs.filter((need) => need.personaId === personaId)
    byPersona.set(personaId, {
      stated: countMet(
        needs.filter((need) => need.stated),
        metNeedIds,
      ),
      unstated: countMet(
        needs.filter((need) => !need.stated),
        metNeedIds,
      ),
      overall: countMet(needs, metNeedIds),
    })
  }
  return {
    byPersona,
    unmetNeedIds: new Set([...needIds].filter((id) => !metNeedIds.has(id))),
    idleOfferingIds: new Set([...offerings].filter((id) => !usedOfferingIds.has(id))),
  }
}

function countMet(needs: readonly CoverageNeed[], metNeedIds: Set<string>): NeedCount {
  const met = needs.filter((need) => metNeedIds.has(need.id)).length
  const total = needs.length
  return { met, total, percent: total === 0 ? null : Math.round((met / total) * 100) }
}

/** "50%" or "—" when there is nothing to count. */
export function formatPercent(count: NeedCount): string {
  return count.percent === null ? '—' : `${count.percent}%`
}

/** The coverage of a model's personas: the same figures the board shows on its cards. */
export function modelCoverage(model: {
  personas: readonly { id: string }[]
  needs: readonly CoverageNeed[]
  offerings: readonly { id: string; kind: string }[]
  fulfilments: readonly CoverageLink[]
}): ValueZoneCoverage {
  return coverageByPersona({
    personaIds: model.personas.map((persona) => persona.id),
    needs: model.needs,
    offeringIds: model.offerings
      .filter((offering) => offering.kind === 'product' || offering.kind === 'service')
      .map((offering) => offering.id),
    links: model.fulfilments,
  })
}
