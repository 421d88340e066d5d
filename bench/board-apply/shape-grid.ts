import { createShapeId, getIndices, type TLGeoShape } from 'tldraw'
import { rectangle } from '@/test/helpers/tldraw-stores'

/** Where the grid lies on the page, in page units (at the initial camera: CSS pixels). */
export interface GridArea {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Inside the canvas at the initial camera (page 0,0 at its top left, zoom 1) for a
 * 1280×800 window: tldraw culls (hides) shapes outside the viewport, and a board whose
 * shapes all lie in view paints every one of them.
 */
export const visibleArea: GridArea = { x: 40, y: 40, width: 1000, height: 600 }

/** `count` rectangles in a grid filling the area, each 70% of its cell, in z-order. */
export function gridRectangles(count: number, area: GridArea = visibleArea): TLGeoShape[] {
  const columns = Math.ceil(Math.sqrt((count * area.width) / area.height))
  const rows = Math.ceil(count / columns)
  const cellWidth = area.width / columns
  const cellHeight = area.height / rows
  const indices = getIndices(count)
  return Array.from({ length: count }, (_, index) =>
    rectangle(createShapeId(`bench-${index}`), {
      x: round(area.x + (index % columns) * cellWidth),
      y: round(area.y + Math.floor(index / columns) * cellHeight),
      index: indices[index + 1]!,
      props: { w: round(cellWidth * 0.7), h: round(cellHeight * 0.7) },
    }),
  )
}

/**
 * `count` shape indices spread evenly over `total`, starting further along each round, so
 * successive batches move different shapes all over the board.
 */
export function spreadIndices(total: number, count: number, round: number): number[] {
  const step = Math.max(1, Math.floor(total / count))
  return Array.from({ length: count }, (_, index) => (round * 7 + index * step) % total)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
