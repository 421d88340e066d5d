/** Helpers for the vocabulary tables: one table of words per list, names derived from it. */

/** A kind of thing as the board names it: alone, as a group heading, and as "+ add a …". */
export interface KindWords {
  name: string
  group: string
  one: string
}

/** The `name` of every entry of a words table: `{ service: { name: 'Service', … } }` → `{ service: 'Service' }`. */
export function namesOf<K extends string>(words: Record<K, { name: string }>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ name: string }>(words).map(([key, entry]) => [key, entry.name]),
  ) as Record<K, string>
}
