/** What in a cube network is named like a search: departments, cubes and face items. */
import type { BoardModel } from '../board-model'
import type { ModelMatch, SearchMatcher } from '../section'
import { cubeTitles } from './names'
import { faceNames, itemKindNames } from './vocabulary'

/**
 * Departments, cubes (also by their department's name) and items (by text or terms, also by
 * their cube's title and department) whose words `matches` accepts.
 */
export function searchCubeNetwork(model: BoardModel, matches: SearchMatcher): ModelMatch[] {
  const titles = cubeTitles(model)
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const cubes = new Map(model.cubes.map((cube) => [cube.id, cube]))
  const found: ModelMatch[] = []
  for (const department of model.departments) {
    if (!department.name || !matches([department.name])) continue
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
    const department = departments.get(cube.departmentId) ?? ''
    if (cube.title && matches([cube.title], [department])) {
      const context = department ? `Cube of ${department}` : 'Cube'
      found.push({ kind: 'cube', id: cube.id, text: cube.title, context })
    }
  }
  for (const item of model.items) {
    const cube = cubes.get(item.cubeId)
    const where = [cube?.title ?? '', departments.get(cube?.departmentId ?? '') ?? '']
    if (!item.text || !matches([item.text, item.terms], where)) continue
    found.push({
      kind: 'item',
      id: item.id,
      text: item.text,
      context: `${itemKindNames[item.kind]} on ${titles.get(item.cubeId)} (${faceNames[item.face]})`,
    })
  }
  return found
}
