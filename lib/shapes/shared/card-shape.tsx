/**
 * What the value-zone shapes (persona, organisation, value zone) have in common: a card of
 * HTML, resized as a box, edited in place (Enter or double-click) like a cube.
 */
import type { ComponentType } from 'react'
import { BaseBoxShapeUtil, HTMLContainer, type TLBaseBoxShape } from 'tldraw'

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
