/**
 * Drawing a service link by hand: drag from a Front Stage service to a Back Stage process
 * step of another cube. The cube under the pointer turns to show its Back Stage while the
 * link is dragged over it; the link rules (canLink, the model's one rule set) judge the step
 * under the pointer, and a refusal is said at the drop target.
 */
import { atom, type Editor, type TLShapeId } from 'tldraw'
import type { ServiceLinkVerdict } from '@/lib/model'
import type { TLCubeItemId } from '../cube/item-record'
import { canLink, linkService } from './links'

/** A link being dragged: from its service, to where the pointer is (client coordinates). */
export interface LinkDrag {
  serviceId: TLCubeItemId
  from: { x: number; y: number }
  to: { x: number; y: number }
  /** The other cube under the pointer, shown turned to its Back Stage. */
  cubeId: TLShapeId | null
  /** The step under the pointer and what the rules say of linking it. */
  step: { id: TLCubeItemId; verdict: ServiceLinkVerdict } | null
}

/** Why the last drop was refused, and where; cleared by the next drag. */
export interface LinkRefusal {
  at: { x: number; y: number }
  reason: string
}

/** The drag in progress on this screen (never shared: it is one person's gesture). */
export const linkDrag = atom<LinkDrag | null>('link drag', null)
export const linkRefusal = atom<LinkRefusal | null>('link refusal', null)

/** Marks an element as a process step a link can be dropped on (`data-link-step={id}`). */
export const linkStepAttribute = 'data-link-step'

/**
 * Starts dragging a link from a service at a client point; the window's pointer moves and
 * release finish it. A drop on a step the rules allow links it (one undo step); a drop the
 * rules refuse leaves the reason at the drop point; a drop elsewhere does nothing.
 */
export function startLinkDrag(
  editor: Editor,
  serviceId: TLCubeItemId,
  from: { x: number; y: number },
): void {
  const service = editor.store.get(serviceId)
  if (!service) return
  linkRefusal.set(null)
  linkDrag.set({ serviceId, from, to: from, cubeId: null, step: null })
  const move = (event: PointerEvent) => {
    const to = { x: event.clientX, y: event.clientY }
    const cube = editor
      .getShapesAtPoint(editor.screenToPage(to), { hitInside: true })
      .find((shape) => shape.type === 'cube' && shape.id !== service.cubeId)
    const stepId = stepAt(editor, to)
    linkDrag.set({
      serviceId,
      from,
      to,
      cubeId: cube?.id ?? null,
      step: stepId ? { id: stepId, verdict: canLink(editor.store, serviceId, stepId) } : null,
    })
  }
  const end = (event: PointerEvent) => {
    window.removeEventListener('pointermove', move)
    window.removeEventListener('pointerup', end)
    window.removeEventListener('pointercancel', end)
    const drag = linkDrag.get()
    linkDrag.set(null)
    if (event.type !== 'pointerup' || !drag?.step) return
    if (!drag.step.verdict.allowed) {
      linkRefusal.set({ at: drag.to, reason: drag.step.verdict.reason })
      return
    }
    editor.markHistoryStoppingPoint('link service')
    linkService(editor.store, serviceId, drag.step.id)
  }
  window.addEventListener('pointermove', move)
  window.addEventListener('pointerup', end)
  window.addEventListener('pointercancel', end)
}

/** The process step whose element is under a client point, if any. */
function stepAt(editor: Editor, at: { x: number; y: number }): TLCubeItemId | null {
  for (const element of editor
    .getContainer()
    .querySelectorAll<HTMLElement>(`[${linkStepAttribute}]`)) {
    const box = element.getBoundingClientRect()
    if (at.x >= box.left && at.x <= box.right && at.y >= box.top && at.y <= box.bottom) {
      return element.getAttribute(linkStepAttribute) as TLCubeItemId
    }
  }
  return null
}
