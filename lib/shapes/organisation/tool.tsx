/** The organisation tool and its toolbar entry. */
import { organisationShapeType } from '@/lib/model'
import type { ShapeTool } from '../define-shape'
import { InViewBoxTool } from '../shared/box-tool'
import { GlyphIcon } from '../shared/glyph-icon'

/** Draws a new organisation (the offering side of a value zone). */
export class OrganisationTool extends InViewBoxTool {
  static override id = organisationShapeType
  static override initial = 'idle'
  override shapeType: typeof organisationShapeType = organisationShapeType
}

export const organisationTool: ShapeTool = {
  tool: OrganisationTool,
  label: 'Organisation',
  icon: <GlyphIcon glyph="▦" />,
}
