import type { ComponentType } from 'react'
import {
  BaseBoxShapeUtil,
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  HTMLContainer,
  T,
  type TLBaseBoxShape,
} from 'tldraw'

/**
 * What the value-zone shapes (persona, organisation, value zone) have in common: a card of
 * HTML, resized as a box, edited in place (Enter or double-click) like a cube.
 */

/** A width or height; a shape of no size could not be seen or picked again. */
export const positiveSize = T.number.check((value) => {
  if (!(value > 0)) throw new Error(`a size must be positive, got ${value}`)
})

/**
 * The versions and migrations of a shape's props at its first version. Every later change
 * of its props adds a version and its `up` in the shape's file.
 */
export function firstShapeVersion<Type extends string>(type: Type) {
  const versions = createShapePropsMigrationIds(type, { Initial: 1 })
  const migrations = createShapePropsMigrationSequence({
    // The first version: a record from before versioning already has these props.
    sequence: [{ id: versions.Initial, up: (props) => props }],
  })
  return { versions, migrations }
}

/** A card shape: its `View` draws the content; the card gives size, outline and editing. */
export abstract class CardShapeUtil<Shape extends TLBaseBoxShape> extends BaseBoxShapeUtil<Shape> {
  protected abstract readonly View: ComponentType<{ shape: Shape }>

  // Editing a card means working on its fields and lists (Enter or double-click).
  override canEdit(): boolean {
    return true
  }

  override component(shape: Shape) {
    const View = this.View
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h }}>
        <View shape={shape} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: Shape): Path2D {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 12)
    return path
  }
}
