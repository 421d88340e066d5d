/** An axis-aligned box on the page. */
export interface PageBox {
  x: number
  y: number
  w: number
  h: number
}

export interface Point {
  x: number
  y: number
}

/** Space between links that join the same two cubes, so each stays readable. */
export const parallelLinkGap = 44

/**
 * Where a link between two cubes runs: from the edge of the provider's box to the edge of
 * the consumer's, along the line between their centres, shifted sideways by `lane` gaps
 * (links of one pair of cubes take lanes …, -1, 0, 1, … so they lie side by side).
 * Null when the boxes overlap and there is no gap to draw in.
 */
export function linkPath(
  from: PageBox,
  to: PageBox,
  lane: number,
): { start: Point; end: Point } | null {
  const a = centre(from)
  const b = centre(to)
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  if (length === 0) return null
  const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length }
  const shift = lane * parallelLinkGap
  const a2 = { x: a.x + normal.x * shift, y: a.y + normal.y * shift }
  const b2 = { x: b.x + normal.x * shift, y: b.y + normal.y * shift }
  const leave = exitParameter(from, a2, b2)
  const enter = 1 - exitParameter(to, b2, a2)
  if (leave >= enter) return null
  return { start: along(a2, b2, leave), end: along(a2, b2, enter) }
}

/**
 * Where along a link (0 at the provider, 1 at the consumer) its words sit: links side by
 * side put theirs at different heights, so the words never lie on top of each other.
 */
export function labelPosition(lane: number): number {
  return Math.min(0.8, Math.max(0.2, 0.5 + lane * 0.28))
}

/** The lane of one link among `count` links of the same pair: centred on 0. */
export function laneOf(position: number, count: number): number {
  return position - (count - 1) / 2
}

function centre(box: PageBox): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
}

function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }
}

/** How far (0…1) along a→b the segment leaves `box`; 0 when `a` is outside it already. */
function exitParameter(box: PageBox, a: Point, b: Point): number {
  let exit = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  if (dx !== 0) exit = Math.min(exit, ((dx > 0 ? box.x + box.w : box.x) - a.x) / dx)
  if (dy !== 0) exit = Math.min(exit, ((dy > 0 ? box.y + box.h : box.y) - a.y) / dy)
  return Math.max(0, exit)
}
