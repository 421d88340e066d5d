/** How sentences about the board quote the names of things. */

/** A name in quotes, as sentences about the board quote names: `“Valuation”`. */
export function quoted(text: string): string {
  return text ? `“${text}”` : '(unnamed)'
}
