/**
 * Undo and redo while a shape is being edited. tldraw turns its shortcuts off while a shape
 * is edited, so Ctrl+Z reached the browser, whose own undo went back through what had been
 * typed into the shape's fields (focus jumping to them, nothing on the board changing) and
 * only a later Ctrl+Z, once out of the shape, undid the change itself. Here Ctrl+Z and
 * Ctrl+Shift+Z (Ctrl+Y) undo and redo the board's changes at once; only a field with
 * uncommitted typing (`data-dirty`) keeps the browser's undo of that typing.
 */
import type { Editor } from 'tldraw'

/** Installs the keys on the editor's container; returns the function that removes them. */
export function undoKeysWhileEditing(editor: Editor): () => void {
  const container = editor.getContainer()
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)
    if (key !== 'z' && !redo) return
    const editing = editor.getEditingShapeId()
    if (editing === null) return
    const target = event.target
    if (target instanceof HTMLElement && target.dataset.dirty === 'true') return
    event.preventDefault()
    event.stopPropagation()
    if (redo) editor.redo()
    else editor.undo()
    // Undo also ends the editing; the person was working in this shape and stays there.
    if (editor.getShape(editing) && editor.getEditingShapeId() !== editing) {
      editor.setEditingShape(editing)
    }
  }
  container.addEventListener('keydown', onKeyDown, true)
  return () => container.removeEventListener('keydown', onKeyDown, true)
}
