/** What in a cube network is named like a search: departments, cubes and face items. */
import type { BoardModel } from '../board-model'
import type { ModelMatch } from '../section'
import { faceNames, itemKindNames } from './vocabulary'

/** Departments, cubes and items (by text or terms) whose words `matches` accepts. */
export function searchCubeNetwork(
  model: BoardModel,
  matches: (text: string) => boolean,
): ModelMatch[] {
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
  return found
}
