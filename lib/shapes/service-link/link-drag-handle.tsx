// The handle on a Front Stage service: drag it to a process step of another cube to link them.
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react'
import { useEditor, type TLShapeId } from 'tldraw'
import type { TLCubeItem, TLCubeItemId } from '../cube/item-record'
import { cancelLinkDrag, dropLinkDrag, moveLinkDrag, startLinkDrag } from './link-drag'

/** Marks a cube's item on the canvas, so a drag finds the item under the pointer. */
export const itemIdAttribute = 'data-item-id'

/**
 * The drag handle of one service. The drag is the handle's own: it captures the pointer, so
 * tldraw's select tool never sees it (no selecting or moving the cube on the way), and
 * Escape or losing the pointer cancels it. Pointer only: the "Link services" dialog is the
 * keyboard's way to the same link.
 */
export function LinkDragHandle({ serviceId }: { serviceId: TLCubeItemId }) {
  const editor = useEditor()
  const stopDrag = useRef<(() => void) | null>(null)
  // A handle that goes away mid-drag (its cube deleted by someone else) ends the drag.
  useEffect(() => () => stopDrag.current?.(), [])

  const itemAt = (x: number, y: number) => (cubeId: TLShapeId) => {
    for (const element of editor.getContainer().ownerDocument.elementsFromPoint(x, y)) {
      const id = element.closest(`[${itemIdAttribute}]`)?.getAttribute(itemIdAttribute)
      const item = id ? (editor.store.get(id as TLCubeItemId) as TLCubeItem | undefined) : null
      if (item?.cubeId === cubeId) return item.id
    }
    return null
  }
  const follow = (event: ReactPointerEvent) =>
    moveLinkDrag(
      editor,
      { x: event.clientX, y: event.clientY },
      itemAt(event.clientX, event.clientY),
    )

  const onPointerDown = (event: ReactPointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0 || stopDrag.current) return
    editor.markEventAsHandled(event)
    event.preventDefault()
    const handle = event.currentTarget
    const pointerId = event.pointerId
    handle.setPointerCapture(pointerId)
    const box = handle.getBoundingClientRect()
    startLinkDrag(editor, serviceId, { x: box.x + box.width / 2, y: box.y + box.height / 2 })
    const onKeyDown = (key: KeyboardEvent) => {
      if (key.key !== 'Escape') return
      // Before tldraw, which would otherwise take Escape to drop the selection.
      key.preventDefault()
      key.stopPropagation()
      stopDrag.current?.()
    }
    const view = handle.ownerDocument.defaultView ?? window
    view.addEventListener('keydown', onKeyDown, true)
    stopDrag.current = () => {
      stopDrag.current = null
      view.removeEventListener('keydown', onKeyDown, true)
      if (handle.hasPointerCapture(pointerId)) handle.releasePointerCapture(pointerId)
      cancelLinkDrag(editor)
    }
  }

  return (
    <span
      className="cube-link-handle"
      title="Drag to a process step of another cube to link"
      aria-hidden="true"
      onPointerDown={onPointerDown}
      onPointerMove={(event) => {
        if (stopDrag.current) follow(event)
      }}
      onPointerUp={(event) => {
        if (!stopDrag.current) return
        editor.markEventAsHandled(event)
        // Where it is let go decides, even if the last move was not seen.
        follow(event)
        dropLinkDrag(editor)
        stopDrag.current()
      }}
      onPointerCancel={() => stopDrag.current?.()}
      onLostPointerCapture={() => stopDrag.current?.()}
    >
      <svg viewBox="0 0 16 16" width="16" height="16">
        <circle cx="8" cy="8" r="6.5" fill="#fff" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M5 8h5.5M8.5 5.5 11 8l-2.5 2.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
    </span>
  )
}
