/**
 * Where the value zone draws a need → offering link: from the need's row on its persona card
 * to the offering's row on its organisation card, and where its note sits.
 */
import type { PageBox, Point } from '../service-link/path'
import type { RowPlace } from '../shared/row-places'

/**
 * Room at a card's foot where its "+N more" sits: a line to a row hidden below the card's
 * edge (or not laid out yet) ends there instead of pointing past the card.
 */
export const cardFootRoom = 30

/** A link's line: a curve leaving both cards level with their rows, and its middle. */
export interface LinkLine {
  start: Point
  end: Point
  /** The curve's control points: level with each end, halfway across. */
  startControl: Point
  endControl: Point
  /** Where the note goes: the curve's middle. */
  middle: Point
}

/**
 * The line of one link: from the side of the need's card that faces the offering's card, at
 * the need's row, to the facing side of the offering's card, at the offering's row.
 */
export function linkLine(
  need: { card: PageBox; row: RowPlace | undefined },
  offering: { card: PageBox; row: RowPlace | undefined },
): LinkLine {
  const needFirst = centreX(need.card) <= centreX(offering.card)
  const start = rowEnd(need.card, need.row, needFirst ? 'right' : 'left')
  const end = rowEnd(offering.card, offering.row, needFirst ? 'left' : 'right')
  const halfway = (end.x - start.x) / 2
  return {
    start,
    end,
    startControl: { x: start.x + halfway, y: start.y },
    endControl: { x: end.x - halfway, y: end.y },
    // The curve is symmetric about its middle, which is the middle of its ends.
    middle: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
  }
}

/** The SVG path of a link's line. */
export function linkLinePath(line: LinkLine): string {
  const { start, startControl, endControl, end } = line
  return `M ${start.x} ${start.y} C ${startControl.x} ${startControl.y} ${endControl.x} ${endControl.y} ${end.x} ${end.y}`
}

/** The point on a card's side level with a row, or its foot for a row the card hides. */
function rowEnd(card: PageBox, row: RowPlace | undefined, side: 'left' | 'right'): Point {
  const foot = card.h - cardFootRoom / 2
  const shown = row !== undefined && row.top + row.height <= card.h
  return {
    x: side === 'left' ? card.x : card.x + card.w,
    y: card.y + (shown ? row.top + row.height / 2 : Math.max(0, foot)),
  }
}

function centreX(box: PageBox): number {
  return box.x + box.w / 2
}
