/** How sentences about the board quote the names of things. */

/** A name in quotes, as sentences about the board quote names: `“Valuation”`. */
export function quoted(text: string): string {
  return text ? `“${text}”` : '(unnamed)'
}

/** "1 cube", "3 cubes": a count with its noun, as sentences about the board write one. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
