/** Where new shapes land: wholly inside the visible canvas, whether made by pointer or keyboard. */
import { createShapeId, type Box, type Editor, type TLShape, type TLShapeId } from 'tldraw'

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

/**
 * Makes a shape of `type` at its default size in the middle of the view, selected, and in
 * editing when it has fields (so typing goes into its title): making shapes without a
 * pointer. One undo step takes it away.
 */
export function createAtViewCentre(editor: Editor, type: TLShape['type']): TLShapeId {
  const id = createShapeId()
  editor.markHistoryStoppingPoint(`create ${type} at the view's centre`)
  editor.createShape({ id, type })
  const bounds = editor.getShapePageBounds(id)
  const centre = editor.getViewportPageBounds().center
  if (bounds) {
    editor.updateShape({ id, type, x: centre.x - bounds.w / 2, y: centre.y - bounds.h / 2 })
  }
  moveIntoView(editor, id)
  editor.select(id)
  // As Enter on a selected shape would, once its view is drawn: views focus their title
  // when editing starts, which a view drawn already in editing never sees.
  if (editor.canEditShape(id, { type: 'press_enter' })) {
    editor.timers.requestAnimationFrame(() => {
      if (!editor.getShape(id)) return
      editor.setEditingShape(id)
      editor.setCurrentTool('select.editing_shape', {})
    })
  }
  return id
}

/**
 * Where a box of the page is on the screen, in the canvas's own pixels: what overlays drawn
 * in front of the canvas (the spotlight, highlights) follow as each person's camera moves.
 */
export function boxOnScreen(
  editor: Editor,
  bounds: Box,
): { left: number; top: number; width: number; height: number } {
  const topLeft = editor.pageToViewport(bounds.point)
  const bottomRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY })
  return {
    left: topLeft.x,
    top: topLeft.y,
    width: bottomRight.x - topLeft.x,
    height: bottomRight.y - topLeft.y,
  }
}
