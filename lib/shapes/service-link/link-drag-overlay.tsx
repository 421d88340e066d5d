// The link being dragged, in front of the canvas: an arrow to the pointer and what a drop does.
import { useEditor, useValue } from 'tldraw'
import { ArrowHeadMarker } from './arrow-head'
import { linkDragIn } from './link-drag'

const verdictIcons = { allowed: '✓', refused: '✕', hint: '→' } as const

/** The widest the words beside the pointer get (22rem in link-drag.css), in pixels. */
const messageWidth = 352

/**
 * The arrow from the dragged service to the pointer, and beside the pointer what a drop
 * there would do: the link it makes, or why the rules refuse it. Drawn in screen space, so
 * the words stay readable at every zoom; the arrow's start follows the service when the
 * camera moves.
 */
export function LinkDragOverlay() {
  const editor = useEditor()
  const drawn = useValue(
    'dragged link',
    () => {
      const drag = linkDragIn(editor).get()
      if (!drag) return null
      const screen = editor.getViewportScreenBounds()
      return {
        from: editor.pageToViewport(drag.from),
        to: { x: drag.pointer.x - screen.x, y: drag.pointer.y - screen.y },
        width: screen.w,
        target: drag.target,
      }
    },
    [editor],
  )
  if (!drawn) return null
  const { from, to, width, target } = drawn
  // Beside the pointer, on its left near the right edge, so the words are never cut off.
  const place =
    to.x + 16 + messageWidth > width
      ? { right: width - to.x + 16, top: to.y + 20 }
      : { left: to.x + 16, top: to.y + 20 }
  const verdict = target?.verdict ?? 'hint'
  return (
    <div className="link-drag" data-verdict={verdict}>
      <svg className="link-drag-arrow" aria-hidden="true">
        <defs>
          <ArrowHeadMarker id="link-drag-head" fill="currentColor" />
        </defs>
        <circle cx={from.x} cy={from.y} r={4} />
        <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} markerEnd="url(#link-drag-head)" />
      </svg>
      {target?.message ? (
        <p className="link-drag-message" style={place}>
          <span aria-hidden="true">{verdictIcons[verdict]} </span>
          {target.message}
        </p>
      ) : null}
    </div>
  )
}
