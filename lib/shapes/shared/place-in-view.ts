/**
 * New cards land where people can see them: created from the keyboard at the centre of the
 * view, and drawn with a click near an edge moved fully into the view (a click makes the
 * default size around the point, which near the top put half a cube under the header).
 */
import { createShapeId, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { cubeShapeType, organisationShapeType, personaShapeType } from '@/lib/model'

/** The shapes one can add from the keyboard ("Add" in the board header), with their names. */
export const keyboardCreatable = [
  { type: cubeShapeType, label: 'Cube' },
  { type: personaShapeType, label: 'Persona' },
  { type: organisationShapeType, label: 'Organisation' },
  { type: 'frame', label: 'Frame' },
] as const
export type KeyboardCreatable = (typeof keyboardCreatable)[number]['type']

/** Room kept between a new shape and the edge of the view, in screen pixels. */
const margin = 16

/**
 * Adds a shape of the default size at the centre of the view, selects it and starts editing
 * it (a cube's title, a frame's name), as one undo step. Returns its id.
 */
export function createAtViewCentre(editor: Editor, type: KeyboardCreatable): TLShapeId {
  const id = createShapeId()
  const centre = editor.getViewportPageBounds().center
  editor.markHistoryStoppingPoint(`add ${type}`)
  editor.run(() => {
    editor.createShape({ id, type, x: centre.x, y: centre.y })
    const bounds = editor.getShapePageBounds(id)!
    editor.updateShape({ id, type, x: centre.x - bounds.w / 2, y: centre.y - bounds.h / 2 })
  })
  editor.select(id)
  editor.setEditingShape(id)
  return id
}

/**
 * Moves a shape that a click just drew into the view, if it sticks out and fits. Called by
 * `keepClickDrawnShapesInView` right after tldraw placed it.
 */
export function moveIntoView(editor: Editor, shape: TLShape): void {
  const bounds = editor.getShapePageBounds(shape)
  if (!bounds) return
  const view = editor
    .getViewportPageBounds()
    .clone()
    .expandBy(-margin / editor.getZoomLevel())
  const dx =
    bounds.w > view.w
      ? 0
      : Math.max(0, view.minX - bounds.minX) - Math.max(0, bounds.maxX - view.maxX)
  const dy =
    bounds.h > view.h
      ? 0
      : Math.max(0, view.minY - bounds.minY) - Math.max(0, bounds.maxY - view.maxY)
  if (dx === 0 && dy === 0) return
  editor.updateShape({ id: shape.id, type: shape.type, x: shape.x + dx, y: shape.y + dy })
}

/**
 * While a card tool (`types`) is in use, a shape it creates is moved into the view once
 * tldraw has sized and placed it (later in the same turn, so it stays one undo step).
 * Pastes, templates and other people's shapes are left where they are. Returns the stop.
 */
export function keepClickDrawnShapesInView(editor: Editor, types: readonly string[]): () => void {
  return editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || !types.includes(shape.type)) return
    if (editor.getCurrentToolId() !== shape.type) return
    queueMicrotask(() => {
      const placed = editor.getShape(shape.id)
      if (placed) moveIntoView(editor, placed)
    })
  })
}
