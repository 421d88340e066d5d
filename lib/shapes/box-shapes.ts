import { T } from 'tldraw'

/** A width or height; a shape of no size could not be seen or picked again. */
export const positiveSize = T.number.check((value) => {
  if (!(value > 0)) throw new Error(`a size must be positive, got ${value}`)
})

/** The selection outline of a card-like shape: its box with the cards' rounded corners. */
export function boxIndicator({ w, h }: { w: number; h: number }): Path2D {
  const path = new Path2D()
  path.roundRect(0, 0, w, h, 12)
  return path
}
