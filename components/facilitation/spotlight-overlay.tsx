// The facilitator's spotlight on everyone's canvas: all but the spotlit shapes dimmed.
'use client'

import { Box, useEditor, useValue, type TLShapeId } from 'tldraw'
import { boxOnScreen } from '@/lib/shapes/shared/in-view'
import { useSessionContext } from './use-session'

/**
 * The facilitator's spotlight, on everyone's canvas: all but the spotlit shapes dimmed.
 * Drawn in front of the canvas, in screen space, following each person's own camera.
 */
export function SpotlightOverlay() {
  const editor = useEditor()
  const shapeIds = useSessionContext()?.session.spotlight?.shapeIds
  const key = shapeIds?.join(' ') ?? ''
  const rect = useValue(
    'spotlight',
    () => {
      const boxes = (shapeIds ?? [])
        .map((id) => editor.getShapePageBounds(id as TLShapeId))
        .filter((box): box is Box => box !== undefined)
      if (boxes.length === 0) return null
      return boxOnScreen(editor, Box.Common(boxes))
    },
    [editor, key],
  )
  if (!rect) return null
  const margin = 16
  return (
    <div
      className="spotlight"
      data-testid="spotlight"
      style={{
        left: rect.left - margin,
        top: rect.top - margin,
        width: rect.width + 2 * margin,
        height: rect.height + 2 * margin,
      }}
    />
  )
}
