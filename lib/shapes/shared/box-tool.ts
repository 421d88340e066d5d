/**
 * The tool every box-shaped card (cube, persona, organisation, value zone) is drawn with:
 * tldraw's box tool, except that a shape made by a click lands wholly in view.
 */
import {
  BaseBoxShapeTool,
  type Editor,
  type TLPointerEventInfo,
  type TLShapeId,
  type TLStateNodeConstructor,
} from 'tldraw'

/** Screen pixels kept clear between a new shape and the edge of the canvas. */
const viewMargin = 16

/**
 * Moves a shape just made so that it lies inside the visible canvas, with a margin. tldraw
 * centres a clicked shape on the pointer, so a click near the header put half a cube under
 * it. A shape larger than the view keeps its top left corner in view.
 */
export function moveIntoView(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id)
  const bounds = editor.getShapePageBounds(id)
  if (!shape || !bounds) return
  const margin = viewMargin / editor.getZoomLevel()
  const view = editor.getViewportPageBounds().clone().expandBy(-margin)
  const shift = (start: number, size: number, viewStart: number, viewSize: number) =>
    start < viewStart || size > viewSize
      ? viewStart - start
      : Math.min(0, viewStart + viewSize - (start + size))
  const dx = shift(bounds.x, bounds.w, view.x, view.w)
  const dy = shift(bounds.y, bounds.h, view.y, view.h)
  if (dx === 0 && dy === 0) return
  editor.updateShape({ id, type: shape.type, x: shape.x + dx, y: shape.y + dy })
}

const [BoxIdle, BoxPointing] = BaseBoxShapeTool.children() as [
  TLStateNodeConstructor,
  TLStateNodeConstructor,
]

/** tldraw's pointing state, followed by moving a shape made by a click into view. */
class PointingInView extends BoxPointing {
  override onPointerUp(info: TLPointerEventInfo) {
    super.onPointerUp?.(info)
    // A click made the shape and selected it, in the same undo step as this move.
    const made = this.editor.getOnlySelectedShape()
    if (made && made.type === (this.parent as BaseBoxShapeTool).shapeType) {
      moveIntoView(this.editor, made.id)
    }
  }
}

/** A box tool whose shapes made by a click land wholly inside the visible canvas. */
export abstract class InViewBoxTool extends BaseBoxShapeTool {
  static override children(): TLStateNodeConstructor[] {
    return [BoxIdle, PointingInView]
  }
}
