/** The journey tool and its toolbar entry. */
import { BaseBoxShapeTool } from 'tldraw'
import { journeyShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { GlyphIcon } from '../shared/glyph-icon'

/** Places a new journey: a click puts the map there; its size follows what is written on it. */
export class JourneyTool extends BaseBoxShapeTool {
  static override id = journeyShapeType
  static override initial = 'idle'
  override shapeType: typeof journeyShapeType = journeyShapeType
}

export const journeyTool: ShapeTool = {
  tool: JourneyTool,
  label: 'Experience map',
  icon: <GlyphIcon glyph="⤳" />,
  kbd: 'j',
}
