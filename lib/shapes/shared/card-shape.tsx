/**
 * What the value-zone shapes (persona, organisation, value zone) have in common: a card of
 * HTML, resized as a box, edited in place (Enter or double-click) like a cube.
 */
import { useRef, type ComponentType } from 'react'
import { BaseBoxShapeUtil, HTMLContainer, type TLBaseBoxShape } from 'tldraw'
import { MoreBelow, useGrowToContent } from './grow-to-content'
import { LockBadge } from './locks'

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
        <GrowingCard shape={shape} View={View} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: Shape): Path2D {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 12)
    return path
  }
}

/** The card's view in a box that grows the card until the view's content fits. */
function GrowingCard<Shape extends TLBaseBoxShape>({
  shape,
  View,
}: {
  shape: Shape
  View: ComponentType<{ shape: Shape }>
}) {
  const box = useRef<HTMLDivElement>(null)
  const content = useGrowToContent(shape.id, box, cardContent, 'li')
  return (
    <div ref={box} className="card-box" data-show-all={content.open}>
      <View shape={shape} />
      <LockBadge shapeId={shape.id} />
      <MoreBelow content={content} />
    </div>
  )
}

/** The card drawn by the view: the box whose content must fit. */
function cardContent(box: Element): Element[] {
  return box.firstElementChild ? [box.firstElementChild] : []
}
