/** The cube tool and its toolbar entry. */
import { cubeShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { InViewBoxTool } from '../shared/box-tool'

/** Draws a new cube: click for the default size, or drag to size it. */
export class CubeTool extends InViewBoxTool {
  static override id = cubeShapeType
  static override initial = 'idle'
  override shapeType: typeof cubeShapeType = cubeShapeType
}

/** The cube tool's icon: a small isometric box, drawn like the cubes themselves. */
function CubeIcon() {
  return (
    <div>
      <svg viewBox="0 0 30 30" width="100%" height="100%" aria-hidden="true">
        <g fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
          <polygon points="15,4 26,9 15,14 4,9" />
          <polyline points="4,9 4,21 15,26 26,21 26,9" />
          <line x1="15" y1="14" x2="15" y2="26" />
        </g>
      </svg>
    </div>
  )
}

export const cubeTool: ShapeTool = { tool: CubeTool, label: 'Cube', icon: <CubeIcon />, kbd: 'c' }
