/** The persona tool and its toolbar entry. */
import { personaShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { InViewBoxTool } from '../shared/box-tool'
import { GlyphIcon } from '../shared/glyph-icon'

/** Draws a new persona: click for the default size, or drag to size it. */
export class PersonaTool extends InViewBoxTool {
  static override id = personaShapeType
  static override initial = 'idle'
  override shapeType: typeof personaShapeType = personaShapeType
}

export const personaTool: ShapeTool = {
  tool: PersonaTool,
  label: 'Persona',
  icon: <GlyphIcon glyph="☺" />,
  kbd: 'p',
}
