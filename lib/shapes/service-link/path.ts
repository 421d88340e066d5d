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

/** Height a link's words take (title and note), and the room between two links' words. */
export const linkWordsHeight = 34
const linkWordsPitch = linkWordsHeight + 8

/**
 * Where a link between two cubes runs: from the edge of the provider's box to the edge of
 * the consumer's, along the line between their centres, shifted sideways by `lane` gaps
 * (links of one pair of cubes take lanes …, -1, 0, 1, … so they lie side by side), and
 * where its words sit. Null when the boxes overlap and there is no gap to draw in.
 */
export function linkPath(
  from: PageBox,
  to: PageBox,
  lane: number,
): { start: Point; end: Point; words: Point } | null {
  const own = laneSegment(from, to, lane)
  if (!own) return null
  return { ...own, words: wordsPlace(own, laneSegment(from, to, 0) ?? own, lane) }
}

/** The part of lane `lane` between the centres of two boxes that lies outside both. */
function laneSegment(
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
 * Where a link's words go: the middle of the link while the links of its pair run flat
 * (their lanes are a line of words apart already); on steeper links, words would lie side by
 * side and overprint, so each lane's words go a line lower than the last, counted from the
 * middle of the pair's centre line (`middle`), where the link crosses that height. Lanes
 * count the same way round whichever way a link runs (the sign of its sideways direction),
 * so links both ways between two cubes never share a line of words.
 */
function wordsPlace(
  { start, end }: { start: Point; end: Point },
  middle: { start: Point; end: Point },
  lane: number,
): Point {
  const dx = end.x - start.x
  const dy = end.y - start.y
  if (Math.abs(dy) * 3 <= Math.abs(dx)) return along(start, end, 0.5)
  const sideways = Math.sign(-dy) || 1
  const y = along(middle.start, middle.end, 0.5).y + lane * linkWordsPitch * sideways
  return { x: start.x + ((y - start.y) / dy) * dx, y }
}

/** The lane of one link among `count` links of the same pair: centred on 0. */
export function laneOf(position: number, count: number): number {
  return position - (count - 1) / 2
}

/** A link as far as its lane goes: which cube it runs from and to. */
export interface LinkEnds {
  id: string
  from: string
  to: string
}

/**
 * The lane of `link` among all links joining the same two cubes, whichever way they run:
 * ordered by id so every peer agrees. A link running the other way has its sideways
 * direction (and its 0…1 along the link) mirrored, so it takes the negated lane: that puts
 * it on its own side of the centre line and its words at their own height.
 */
export function laneAmong(link: LinkEnds, links: readonly LinkEnds[]): number {
  const forward = link.from < link.to
  const samePair = links
    .filter(
      (other) =>
        (other.from === link.from && other.to === link.to) ||
        (other.from === link.to && other.to === link.from),
    )
    .map((other) => other.id)
    .sort()
  const lane = laneOf(Math.max(0, samePair.indexOf(link.id)), samePair.length)
  return forward ? lane : -lane
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
