/**
 * The keyboard goes where a person is typing into one of our shapes. tldraw turns a letter
 * typed on a selected shape into its tool shortcut: typing "Logistics" on a selected cube
 * switched to the line, ellipse… tools and lost the word. And a double-click that starts
 * editing left the keyboard on the canvas, where what was typed went nowhere. Here a
 * printable key on one selected shape of ours starts editing it and types into its first
 * field (after what is written there), and a shape that starts editing without a field in
 * focus gets its first field focused. tldraw's own shapes (notes, text) are left as tldraw
 * makes them.
 */
import type { Editor, TLShapeId } from 'tldraw'
import { react } from 'tldraw'
import { shapeSchemas } from '../schemas'

const ours: ReadonlySet<string> = new Set(shapeSchemas.map((schema) => schema.type))

/** How many frames to wait for a shape's fields to be drawn after editing starts. */
const framesToWait = 10

/** Installs it on the editor's container; returns the function that removes it. */
export function typeIntoShapes(editor: Editor): () => void {
  const container = editor.getContainer()
  /** Typed on a shape whose field is not in focus yet: written there once it is. */
  let pending: { shapeId: TLShapeId; text: string } | null = null

  const fieldOf = (shapeId: TLShapeId): HTMLInputElement | HTMLTextAreaElement | null =>
    container.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `.tl-shape[data-shape-id="${shapeId}"] [data-focus-key]:is(input, textarea)`,
    )
  const hasFocusIn = (shapeId: TLShapeId) =>
    Boolean(
      document.activeElement?.closest(`.tl-shape[data-shape-id="${shapeId}"]`) &&
      document.activeElement !== container,
    )

  /**
   * Once the shape's fields are drawn: what was typed on it goes to its first field, after
   * what is written there; with nothing typed, the first field gets the keyboard unless the
   * shape's view put it somewhere inside the shape already.
   */
  const settle = (shapeId: TLShapeId, frame = 0) => {
    if (editor.getEditingShapeId() !== shapeId) return
    const field = fieldOf(shapeId)
    const typed = pending?.shapeId === shapeId ? pending.text : null
    if (!field || (typed === null && !hasFocusIn(shapeId) && frame < 2)) {
      // The view focuses a field itself; tldraw may take the focus back after a click.
      if (frame < framesToWait) {
        editor.timers.requestAnimationFrame(() => settle(shapeId, frame + 1))
      }
      return
    }
    if (typed === null) {
      if (!hasFocusIn(shapeId)) field.focus({ preventScroll: true })
      return
    }
    pending = null
    field.focus({ preventScroll: true })
    field.setSelectionRange(field.value.length, field.value.length)
    // As typing does: the field's own input events (React's onChange sees them).
    container.ownerDocument.execCommand('insertText', false, typed)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return
    if (pending && editor.getEditingShapeId() === pending.shapeId) {
      // Still waiting for the field: keep the keys in order.
      pending.text += event.key
      event.preventDefault()
      event.stopPropagation()
      return
    }
    if (typesItself(event.target) || editor.getEditingShapeId() !== null) return
    if (!editor.getInstanceState().isFocused) return
    if (!editor.isIn('select.idle') || editor.getIsReadonly()) return
    const shape = editor.getOnlySelectedShape()
    if (!shape || !ours.has(shape.type) || !editor.canEditShape(shape)) return
    event.preventDefault()
    event.stopPropagation()
    pending = { shapeId: shape.id, text: event.key }
    editor.setEditingShape(shape.id)
    editor.setCurrentTool('select.editing_shape', {})
  }

  const stopWatching = react('keyboard into the edited shape', () => {
    const editing = editor.getEditingShapeId()
    if (!editing) {
      pending = null
      return
    }
    const shape = editor.getShape(editing)
    if (shape && ours.has(shape.type)) editor.timers.requestAnimationFrame(() => settle(editing))
  })
  // tldraw hears its shortcuts on the document (the canvas need not hold the focus), so this
  // listens there too, first.
  const document = container.ownerDocument
  document.addEventListener('keydown', onKeyDown, true)
  return () => {
    document.removeEventListener('keydown', onKeyDown, true)
    stopWatching()
  }
}

/** Whether the key goes to something that takes typing or keys itself (a field, a button…). */
function typesItself(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select, button, a[href]'))
  )
}
