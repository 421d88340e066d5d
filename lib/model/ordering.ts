/** Orders the model's records the same way on every peer and the server. */

/** Plain code-unit order of ids: the same everywhere, unlike locale order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Records in board order (their fractional `index`, ties by id), each numbered (`order`,
 * 0-based) within its group.
 */
export function orderedWithin<T extends { id: string; index: string }>(
  records: T[],
  groupOf: (record: T) => string,
): (T & { order: number })[] {
  const counts = new Map<string, number>()
  return [...records]
    .sort((a, b) => compareIds(a.index, b.index) || compareIds(a.id, b.id))
    .map((record) => {
      const group = groupOf(record)
      const order = counts.get(group) ?? 0
      counts.set(group, order + 1)
      return { ...record, order }
    })
}
