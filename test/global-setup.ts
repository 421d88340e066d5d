/**
 * Runs once in vitest's main process. Node 20 lacks Map.groupBy, which vitest 5's
 * reporter calls when it prints failures; without it a failing run hides its errors.
 */
export default function setup() {
  if ('groupBy' in Map) return
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>()
      let index = 0
      for (const item of items) {
        const key = keyOf(item, index++)
        const group = groups.get(key)
        if (group) group.push(item)
        else groups.set(key, [item])
      }
      return groups
    },
  })
}
