/**
 * What in a model is named like a query: each section's things, matched case- and
 * accent-insensitively on every word of the query.
 */
import type { BoardModel } from './board-model'
import type { ModelMatch } from './section'
import { modelSections } from './sections'

export type { ModelMatch } from './section'

export function searchModel(model: BoardModel, query: string): ModelMatch[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const matches = (text: string) => {
    const folded = fold(text)
    return words.every((word) => folded.includes(word))
  }
  return modelSections.flatMap((section) => section.search(model, matches))
}

/** Lower case without accents: "Försäljning" finds "forsaljning" and the other way round. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
