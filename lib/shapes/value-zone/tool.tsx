/** The value-zone tool and its toolbar entry. */
import { valueZoneShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { InViewBoxTool } from '../shared/box-tool'
import { GlyphIcon } from '../shared/glyph-icon'

/** Draws a new value zone, the band where needs are linked to offerings. */
export class ValueZoneTool extends InViewBoxTool {
  static override id = valueZoneShapeType
  static override initial = 'idle'
  override shapeType: typeof valueZoneShapeType = valueZoneShapeType
}

export const valueZoneTool: ShapeTool = {
  tool: ValueZoneTool,
  label: 'Value zone',
  icon: <GlyphIcon glyph="⇄" />,
}
