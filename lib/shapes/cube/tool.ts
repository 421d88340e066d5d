import { BaseBoxShapeTool } from 'tldraw'

/** Draws a new cube: click for the default size, or drag to size it. */
export class CubeTool extends BaseBoxShapeTool {
  static override id = 'cube'
  static override initial = 'idle'
  override shapeType = 'cube' as const
}
