import type { BoardModel, FaceItem, Need, Offering } from './board-model'
import { itemKindNames } from './cubes/vocabulary'
import { offeringKindNames } from './value-zone/vocabulary'

/** Cube titles by id, with a stand-in for a cube nobody named yet. */
export function cubeTitles(model: BoardModel): Map<string, string> {
  return new Map(model.cubes.map((cube) => [cube.id, cube.title || 'Untitled cube']))
}

/** "A → B → C → A": a dependency cycle written out, back to where it started. */
export function cycleText(cycle: string[], titles: Map<string, string>): string {
  return [...cycle, cycle[0]!].map((id) => titles.get(id)).join(' → ')
}

/** A name in quotes, as sentences about the board quote names: `“Valuation”`. */
export function quoted(text: string): string {
  return text ? `“${text}”` : '(unnamed)'
}

/** `Service “Valuation”` */
export function itemLabel(item: Pick<FaceItem, 'kind' | 'text'>): string {
  return `${itemKindNames[item.kind]} ${quoted(item.text)}`
}

/** `Stated need “Quick answers”` */
export function needLabel(need: Pick<Need, 'stated' | 'text'>): string {
  return `${need.stated ? 'Stated' : 'Unstated'} need ${quoted(need.text)}`
}

/** `Service “Home loans”` */
export function offeringLabel(offering: Pick<Offering, 'kind' | 'text'>): string {
  return `${offeringKindNames[offering.kind]} ${quoted(offering.text)}`
}
