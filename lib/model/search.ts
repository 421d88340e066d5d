import type { BoardModel } from './board-model'
import { faceNames, itemKindNames } from './cubes/vocabulary'

/** Something on a board whose name matches a search. */
export interface ModelMatch {
  kind: 'department' | 'cube' | 'item' | 'persona' | 'need' | 'offering'
  /** The record to show on the board: a cube, or an item (shown through its cube). */
  id: string
  text: string
  /** Where it is, e.g. "Service on Credit Risk" or "Department of 2 cubes". */
  context: string
}

/**
 * What in a model is named like the query: departments, cubes and face items, matched
 * case- and accent-insensitively on every word of the query.
 */
export function searchModel(model: BoardModel, query: string): ModelMatch[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const matches = (text: string) => {
    const folded = fold(text)
    return words.every((word) => folded.includes(word))
  }
  const titles = new Map(model.cubes.map((cube) => [cube.id, cube.title || 'Untitled cube']))
  const found: ModelMatch[] = []
  for (const department of model.departments) {
    if (!department.name || !matches(department.name)) continue
    const [first] = department.cubeIds
    if (!first) continue
    const count = department.cubeIds.length
    found.push({
      kind: 'department',
      id: first,
      text: department.name,
      context: `Department of ${count} cube${count === 1 ? '' : 's'}`,
    })
  }
  for (const cube of model.cubes) {
    if (cube.title && matches(cube.title)) {
      found.push({ kind: 'cube', id: cube.id, text: cube.title, context: 'Cube' })
    }
  }
  for (const item of model.items) {
    if (!item.text || !(matches(item.text) || (item.terms && matches(item.terms)))) continue
    found.push({
      kind: 'item',
      id: item.id,
      text: item.text,
      context: `${itemKindNames[item.kind]} on ${titles.get(item.cubeId)} (${faceNames[item.face]})`,
    })
  }
  for (const persona of model.personas) {
    if (persona.name && matches(persona.name)) {
      found.push({ kind: 'persona', id: persona.id, text: persona.name, context: 'Persona' })
    }
  }
  const personaNames = new Map(model.personas.map((p) => [p.id, p.name || 'unnamed persona']))
  for (const need of model.needs) {
    if (!need.text || !matches(need.text)) continue
    const kind = need.stated ? 'Stated' : 'Unstated'
    found.push({
      kind: 'need',
      id: need.id,
      text: need.text,
      context: `${kind} need of ${personaNames.get(need.personaId)}`,
    })
  }
  for (const offering of model.offerings) {
    if (offering.cubeItemId || !offering.text || !matches(offering.text)) continue
    found.push({
      kind: 'offering',
      id: offering.id,
      text: offering.text,
      context: `Offering (${offering.kind})`,
    })
  }
  return found
}

/** Lower case without accents: "Försäljning" finds "forsaljning" and the other way round. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
