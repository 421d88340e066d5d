/** How the board names cubes, their items and cycles in sentences and lists. */
import { quoted } from '../names'
import type { Cube, CubeNetwork, FaceItem } from './cube-model'
import { itemKindNames } from './vocabulary'

/**
 * How the board names each cube, by id: its title, with a stand-in for a cube nobody named
 * yet, and with its department when another cube has the same title ("Payments (Finance)"),
 * so that same-titled cubes are told apart wherever a cube is named.
 */
export function cubeTitles(model: Pick<CubeNetwork, 'cubes' | 'departments'>): Map<string, string> {
  const departments = new Map(model.departments.map((d) => [d.id, d.name || 'no department']))
  const title = (cube: Cube) => cube.title || 'Untitled cube'
  const uses = new Map<string, number>()
  for (const cube of model.cubes) {
    const key = title(cube).toLocaleLowerCase()
    uses.set(key, (uses.get(key) ?? 0) + 1)
  }
  return new Map(
    model.cubes.map((cube) => {
      const shared = uses.get(title(cube).toLocaleLowerCase())! > 1
      const department = departments.get(cube.departmentId) ?? 'no department'
      return [cube.id, shared ? `${title(cube)} (${department})` : title(cube)]
    }),
  )
}

/** "A → B → C → A": a dependency cycle written out, back to where it started. */
export function cycleText(cycle: string[], titles: ReadonlyMap<string, string>): string {
  return [...cycle, cycle[0]!].map((id) => titles.get(id)).join(' → ')
}

/** `Service “Valuation”` */
export function itemLabel(item: Pick<FaceItem, 'kind' | 'text'>): string {
  return `${itemKindNames[item.kind]} ${quoted(item.text)}`
}

/**
 * "Pick and pack already has a provider: Home delivery (Warehouse)": why a link is a
 * conflict, the same words on the canvas, in the gaps and in the analysis.
 */
export function conflictText(step: string, keptService: string, keptCube: string): string {
  return `${step || 'This step'} already has a provider: ${keptService || 'a service'} (${keptCube})`
}
