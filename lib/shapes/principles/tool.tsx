/** The principles matrix tool and its toolbar entry. */
import { principlesShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { InViewBoxTool } from '../shared/box-tool'
import { GlyphIcon } from '../shared/glyph-icon'

/** Places a new matrix: a click puts it there; its size follows its table. */
export class PrinciplesTool extends InViewBoxTool {
  static override id = principlesShapeType
  static override initial = 'idle'
  override shapeType: typeof principlesShapeType = principlesShapeType
}

export const principlesTool: ShapeTool = {
  tool: PrinciplesTool,
  label: 'Principles matrix',
  icon: <GlyphIcon glyph="⊞" />,
  kbd: 'm',
}
