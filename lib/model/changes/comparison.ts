/** Two models of one board side by side, for the sections to tell what changed between them. */
import type { BoardModel } from '../board-model'

/** The models compared, and whether a thing is still on the board (to show it). */
export interface ModelComparison {
  before: BoardModel
  after: BoardModel
  /** The id if it is still on the board, else null. */
  onBoard(id: string): string | null
}

/** What is in `after` and not `before`, the other way round, and both (in `after`'s order). */
export function compared<T extends { id: string }>(before: T[], after: T[]) {
  const old = byId(before)
  const current = idsOf(after)
  const gained = after.filter((thing) => !old.has(thing.id))
  const lost = before.filter((thing) => !current.has(thing.id))
  return {
    added: gained,
    removed: lost,
    addedIds: idsOf(gained),
    removedIds: idsOf(lost),
    kept: after.flatMap((thing) => {
      const previous = old.get(thing.id)
      return previous ? [[previous, thing] as const] : []
    }),
  }
}

/** Things by id. */
export function byId<T extends { id: string }>(things: T[]): Map<string, T> {
  return new Map(things.map((thing) => [thing.id, thing]))
}

/** How many of `things` have `value` in `key` (the items of a cube, the needs of a persona). */
export function countOf<K extends string, T extends Record<K, unknown>>(
  things: T[],
  key: K,
  value: string,
): number {
  return things.filter((thing) => thing[key] === value).length
}

function idsOf(things: { id: string }[]): Set<string> {
  return new Set(things.map((thing) => thing.id))
}
