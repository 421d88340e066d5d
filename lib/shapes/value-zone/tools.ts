import { BaseBoxShapeTool } from 'tldraw'

/** Draws a new persona: click for the default size, or drag to size it. */
export class PersonaTool extends BaseBoxShapeTool {
  static override id = 'persona'
  static override initial = 'idle'
  override shapeType = 'persona' as const
}

/** Draws a new organisation (the offering side of a value zone). */
export class OrganisationTool extends BaseBoxShapeTool {
  static override id = 'organisation'
  static override initial = 'idle'
  override shapeType = 'organisation' as const
}

/** Draws a new value zone, the band where needs are linked to offerings. */
export class ValueZoneTool extends BaseBoxShapeTool {
  static override id = 'value_zone'
  static override initial = 'idle'
  override shapeType = 'value_zone' as const
}
