/**
 * What in a model is named like a query: each section's things, matched case- and
 * accent-insensitively on every word of the query.
 */
import type { BoardModel } from './board-model'
import type { ModelMatch, SearchMatcher } from './section'
import { modelSections } from './sections'

export type { ModelMatch } from './section'

export function searchModel(model: BoardModel, query: string): ModelMatch[] {
  const words = searchWords(query)
  if (words.length === 0) return []
  const matches: SearchMatcher = (own, where = []) => {
    const ownText = own.map(foldForSearch).join('\n')
    const allText = `${ownText}\n${where.map(foldForSearch).join('\n')}`
    return words.every((word) => allText.includes(word)) && words.some((w) => ownText.includes(w))
  }
  return modelSections.flatMap((section) => section.search(model, matches))
}

/** The words of a query as search compares them. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean)
}

/** Letters that carry no accent mark to strip, spelled as people type them without the key. */
const plainSpellings: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
}

/**
 * Lower case without accents or special letters: "Försäljning" finds "forsaljning", "Søren"
 * finds "soren", "Straße" finds "strasse", and the other way round.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðþłı]/g, (letter) => plainSpellings[letter]!)
}
