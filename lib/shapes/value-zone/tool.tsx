/** The value-zone tool and its toolbar entry. */
import { BaseBoxShapeTool } from 'tldraw'
import { valueZoneShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { GlyphIcon } from '../shared/glyph-icon'

/** Draws a new value zone, the band where needs are linked to offerings. */
export class ValueZoneTool extends BaseBoxShapeTool {
  static override id = valueZoneShapeType
  static override initial = 'idle'
  override shapeType: typeof valueZoneShapeType = valueZoneShapeType
}

export const valueZoneTool: ShapeTool = {
  tool: ValueZoneTool,
  label: 'Value zone',
  icon: <GlyphIcon glyph="⇄" />,
}
