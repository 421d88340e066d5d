/**
 * What shapes sized by their own content have in common (an experience map, a principles
 * matrix): a grid of HTML whose size follows what is written on it, never dragged to a size,
 * and edited in place (Enter or double-click) like a cube.
 */
import './content-sized.css'
import type { ComponentType } from 'react'
import { HTMLContainer, Rectangle2d, ShapeUtil, type TLShape } from 'tldraw'

/** The props such a shape has: its measured size and its title. */
interface ContentSizedProps {
  w: number
  h: number
  title: string
}

/** A content-sized shape: its `View` draws the grid and measures it (useSizeFollowsContent). */
export abstract class ContentSizedShapeUtil<Shape extends TLShape> extends ShapeUtil<Shape> {
  protected abstract readonly View: ComponentType<{ shape: Shape }>
  /** What a screen reader calls it before its title: "Experience map". */
  protected abstract readonly described: string

  override getGeometry(shape: Shape) {
    const { w, h } = propsOf(shape)
    return new Rectangle2d({ width: w, height: h, isFilled: true })
  }

  override getIndicatorPath(shape: Shape): Path2D {
    const { w, h } = propsOf(shape)
    const path = new Path2D()
    path.roundRect(0, 0, w, h, 12)
    return path
  }

  override getAriaDescriptor(shape: Shape): string {
    return `${this.described} ${propsOf(shape).title || 'untitled'}`
  }

  // Editing it means working on its parts (Enter or double-click).
  override canEdit(): boolean {
    return true
  }

  // Its size follows its content.
  override canResize(): boolean {
    return false
  }

  override component(shape: Shape) {
    const View = this.View
    const { w, h } = propsOf(shape)
    return (
      <HTMLContainer style={{ width: w, height: h }}>
        <View shape={shape} />
      </HTMLContainer>
    )
  }
}

// Every content-sized shape's props include these; TypeScript cannot tell from the union.
function propsOf(shape: TLShape): ContentSizedProps {
  return shape.props as unknown as ContentSizedProps
}
