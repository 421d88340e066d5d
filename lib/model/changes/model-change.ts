/** A difference between two models of a board, as sentences in the board's own words. */

export type ModelChangeKind = 'added' | 'removed' | 'changed'

/** One difference between two models of a board, worded as the board names things. */
export interface ModelChange {
  kind: ModelChangeKind
  /** A short sentence, e.g. `Cube “Mortgage Loan” (Credit Risk) added`. */
  text: string
  /**
   * The record to show on the board: the thing itself, or for a removal the nearest thing
   * still on the board (the cube of a removed item, the persona of a removed need); null
   * when nothing related is left.
   */
  targetId: string | null
}

/** What a member returning to a board is told: the changes since they last left it. */
export interface Revisit {
  /** When they last left the board (ISO 8601). */
  since: string
  changes: ModelChange[]
}

/** How many parts came or went with a thing: "with 3 items". */
export interface Parts {
  count: number
  noun: string
}

/** `text`, with the parts that came along ("… added with 3 items"). */
export function added(text: string, targetId: string, parts?: Parts): ModelChange {
  return { kind: 'added', text: withParts(text, parts), targetId }
}

/** `text`, with the parts that went along ("… removed with 2 needs"). */
export function removed(text: string, targetId: string | null, parts?: Parts): ModelChange {
  return { kind: 'removed', text: withParts(text, parts), targetId }
}

export function changed(text: string, targetId: string): ModelChange {
  return { kind: 'changed', text, targetId }
}

function withParts(text: string, parts?: Parts): string {
  if (!parts || parts.count === 0) return text
  return `${text} with ${parts.count} ${parts.noun}${parts.count === 1 ? '' : 's'}`
}
