/**
 * Making service links in the editor: one undo step each, from the link dialog or by
 * dragging from a service to a step. The drag lives in this browser only (an atom, not the
 * board): the cube under the pointer shows its Back Stage while it is hovered, and nothing
 * reaches the shared board unless the drop makes a link.
 */
import { atom, type Atom } from '@tldraw/state'
import type { Editor, TLShapeId, VecLike } from 'tldraw'
import { checkServiceLink, cubeShapeType } from '@/lib/model'
import type { TLCubeItem, TLCubeItemId } from '../cube/item-record'
import type { TLCubeShape } from '../cube/schema'
import { canLink, linkService } from './links'

/**
 * Links a service to the step it serves as one step of the undo history: one Ctrl+Z takes
 * exactly this link away. Refused links (see canLink) change nothing.
 */
export function linkServiceUndoably(
  editor: Editor,
  serviceId: TLCubeItemId,
  stepId: TLCubeItemId,
  label = '',
) {
  editor.markHistoryStoppingPoint('link service')
  return linkService(editor.store, serviceId, stepId, label)
}

/** What the pointer is over while a link is dragged, and what a drop there would do. */
export interface LinkDropTarget {
  cubeId: TLShapeId
  /** The item under the pointer on that cube, if any. */
  itemId: TLCubeItemId | null
  /**
   * `allowed`: a drop here makes the link; `refused`: the link rules refuse it; `hint`:
   * there is nothing to drop on here (no step under the pointer).
   */
  verdict: 'allowed' | 'refused' | 'hint'
  /** What a drop here does, or why it does not, in the rules' words. */
  message: string
}

/** A link being dragged from a service towards a step. */
export interface LinkDrag {
  serviceId: TLCubeItemId
  /** Where the arrow starts: the service's handle, on the page. */
  from: VecLike
  /** The pointer, in screen coordinates (it stays under the pointer while the camera moves). */
  pointer: VecLike
  target: LinkDropTarget | null
}

const drags = new WeakMap<Editor, Atom<LinkDrag | null>>()

/** The link being dragged in this editor, if any. Reactive. */
export function linkDragIn(editor: Editor): Atom<LinkDrag | null> {
  let drag = drags.get(editor)
  if (!drag) {
    drag = atom<LinkDrag | null>('link drag', null)
    drags.set(editor, drag)
  }
  return drag
}

/** Starts dragging a link from a service; `pointer` is where it was grabbed, on screen. */
export function startLinkDrag(editor: Editor, serviceId: TLCubeItemId, pointer: VecLike): void {
  linkDragIn(editor).set({
    serviceId,
    from: editor.screenToPage(pointer),
    pointer: { x: pointer.x, y: pointer.y },
    target: null,
  })
}

/**
 * Follows the pointer (screen coordinates): finds the cube under it and asks `itemAt` which
 * of that cube's items lies there (the faces are HTML, so the view knows), then what the
 * link rules say about a drop on it.
 */
export function moveLinkDrag(
  editor: Editor,
  pointer: VecLike,
  itemAt: (cubeId: TLShapeId) => TLCubeItemId | null,
): void {
  const drag = linkDragIn(editor).get()
  if (!drag) return
  const cube = editor.getShapeAtPoint(editor.screenToPage(pointer), {
    hitInside: true,
    hitLocked: true,
    filter: (shape) => shape.type === cubeShapeType,
  }) as TLCubeShape | undefined
  const target = cube ? dropTargetOn(editor, drag.serviceId, cube, itemAt(cube.id)) : null
  linkDragIn(editor).set({ ...drag, pointer: { x: pointer.x, y: pointer.y }, target })
}

/** What a drop on `itemId` of `cube` (or on the cube where no item is) would do. */
function dropTargetOn(
  editor: Editor,
  serviceId: TLCubeItemId,
  cube: TLCubeShape,
  itemId: TLCubeItemId | null,
): LinkDropTarget {
  const name = cube.props.title || 'this untitled cube'
  if (itemId) {
    const verdict = canLink(editor.store, serviceId, itemId)
    const service = editor.store.get(serviceId) as TLCubeItem | undefined
    const step = editor.store.get(itemId) as TLCubeItem | undefined
    return {
      cubeId: cube.id,
      itemId,
      verdict: verdict.allowed ? 'allowed' : 'refused',
      message: verdict.allowed
        ? `${service?.text || 'This service'} serves ${step?.text || 'this step'}`
        : verdict.reason,
    }
  }
  const service = editor.store.get(serviceId) as TLCubeItem | undefined
  if (service?.cubeId === cube.id) {
    // Anywhere on its own cube the rules answer as for any step of that cube.
    const verdict = checkServiceLink(service, { id: '', cubeId: cube.id, kind: 'process-step' }, [])
    return {
      cubeId: cube.id,
      itemId: null,
      verdict: 'refused',
      message: verdict.allowed ? '' : verdict.reason,
    }
  }
  const message = cube.props.collapsed
    ? `Expand ${name} to reach its process steps`
    : `Drop on a process step of ${name}`
  return { cubeId: cube.id, itemId: null, verdict: 'hint', message }
}

/**
 * Ends the drag where the pointer is: an allowed drop makes the link (one undo step);
 * anywhere else nothing is written. Returns whether a link was made.
 */
export function dropLinkDrag(editor: Editor): boolean {
  const drag = linkDragIn(editor).get()
  linkDragIn(editor).set(null)
  const target = drag?.target
  if (!drag || target?.verdict !== 'allowed' || !target.itemId) return false
  return linkServiceUndoably(editor, drag.serviceId, target.itemId).allowed
}

/** Ends the drag without a link (Escape, a lost pointer). */
export function cancelLinkDrag(editor: Editor): void {
  linkDragIn(editor).set(null)
}

/** Whether a link is being dragged in this editor now. Reactive. */
export function isDraggingLink(editor: Editor): boolean {
  return linkDragIn(editor).get() !== null
}

/**
 * Whether the cube shows its Back Stage for the drag: the cube under the pointer turns, here
 * only (the shared board keeps its face, and it turns back when the pointer leaves or the
 * drag ends), unless the drag started on it. Reactive.
 */
export function showsBackStageForDrag(editor: Editor, cubeId: TLShapeId): boolean {
  const drag = linkDragIn(editor).get()
  if (drag?.target?.cubeId !== cubeId) return false
  const service = editor.store.get(drag.serviceId) as TLCubeItem | undefined
  return service?.cubeId !== cubeId
}

/** What a drop on this item would do, while the dragged link's pointer is over it. Reactive. */
export function dropVerdictOn(
  editor: Editor,
  itemId: TLCubeItemId,
): LinkDropTarget['verdict'] | null {
  const target = linkDragIn(editor).get()?.target
  return target?.itemId === itemId ? target.verdict : null
}
