/** What in a value zone is named like a search: personas, needs and offerings. */
import type { BoardModel } from '../board-model'
import type { ModelMatch, SearchMatcher } from '../section'

/** Personas, needs and offerings (not a cube's service: the cube finds it) that `matches` accepts. */
export function searchValueZone(model: BoardModel, matches: SearchMatcher): ModelMatch[] {
  const found: ModelMatch[] = []
  for (const persona of model.personas) {
    if (persona.name && matches([persona.name], [persona.description])) {
      found.push({ kind: 'persona', id: persona.id, text: persona.name, context: 'Persona' })
    }
  }
  const personaNames = new Map(model.personas.map((p) => [p.id, p.name || 'unnamed persona']))
  const organisations = new Map(model.organisations.map((o) => [o.id, o.name]))
  for (const need of model.needs) {
    if (!need.text || !matches([need.text], [personaNames.get(need.personaId) ?? ''])) continue
    const kind = need.stated ? 'Stated' : 'Unstated'
    found.push({
      kind: 'need',
      id: need.id,
      text: need.text,
      context: `${kind} need of ${personaNames.get(need.personaId)}`,
    })
  }
  for (const offering of model.offerings) {
    const organisation = organisations.get(offering.organisationId) ?? ''
    if (offering.cubeItemId || !offering.text || !matches([offering.text], [organisation])) continue
    found.push({
      kind: 'offering',
      id: offering.id,
      text: offering.text,
      context: `Offering (${offering.kind})`,
    })
  }
  return found
}
