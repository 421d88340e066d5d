/** How the board names cubes, their items and cycles in sentences and lists. */
import { quoted } from '../names'
import type { CubeNetwork, FaceItem } from './cube-model'
import { itemKindNames } from './vocabulary'

/** Cube titles by id, with a stand-in for a cube nobody named yet. */
export function cubeTitles(model: Pick<CubeNetwork, 'cubes'>): Map<string, string> {
  return new Map(model.cubes.map((cube) => [cube.id, cube.title || 'Untitled cube']))
}

/** "A → B → C → A": a dependency cycle written out, back to where it started. */
export function cycleText(cycle: string[], titles: Map<string, string>): string {
  return [...cycle, cycle[0]!].map((id) => titles.get(id)).join(' → ')
}

/** `Service “Valuation”` */
export function itemLabel(item: Pick<FaceItem, 'kind' | 'text'>): string {
  return `${itemKindNames[item.kind]} ${quoted(item.text)}`
}
