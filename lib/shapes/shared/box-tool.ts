/**
 * The tool every box-shaped card (cube, persona, organisation, value zone) is drawn with:
 * tldraw's box tool, except that a shape made by a click lands wholly in view.
 */
import { BaseBoxShapeTool, type TLPointerEventInfo, type TLStateNodeConstructor } from 'tldraw'
import { moveIntoView } from './in-view'

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
