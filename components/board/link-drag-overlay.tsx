// The line of a service link being dragged by hand, what the rules say of the step under the pointer, and why a drop was refused.
'use client'

import { useEffect } from 'react'
import { useValue, type Editor } from 'tldraw'
import { linkDrag, linkRefusal } from '@/lib/shapes/service-link/drag'

/** How long a refusal stays by its drop point. */
const refusalMs = 5000

export function LinkDragOverlay({ editor }: { editor: Editor }) {
  const drag = useValue('link drag', () => linkDrag.get(), [])
  const refusal = useValue('link refusal', () => linkRefusal.get(), [])
  useEffect(() => {
    if (!refusal) return
    const timer = setTimeout(() => linkRefusal.set(null), refusalMs)
    return () => clearTimeout(timer)
  }, [refusal])
  const stepText = drag?.step ? (editor.store.get(drag.step.id)?.text ?? '') : ''
  return (
    <div className="link-drag-overlay">
      {drag ? (
        <>
          <svg aria-hidden="true">
            <line x1={drag.from.x} y1={drag.from.y} x2={drag.to.x} y2={drag.to.y} />
          </svg>
          <span
            className="link-drag-note"
            data-allowed={drag.step ? drag.step.verdict.allowed : undefined}
            style={{ left: drag.to.x + 14, top: drag.to.y + 14 }}
          >
            {drag.step
              ? drag.step.verdict.allowed
                ? `Serves “${stepText}”`
                : drag.step.verdict.reason
              : drag.cubeId
                ? 'Drop on a process step'
                : 'Drag to a process step of another cube'}
          </span>
        </>
      ) : null}
      {refusal ? (
        <span
          className="link-drag-note"
          role="alert"
          data-allowed={false}
          style={{ left: refusal.at.x + 14, top: refusal.at.y + 14 }}
        >
          Not linked: {refusal.reason}
        </span>
      ) : null}
    </div>
  )
}
