/** What the canvas of a board kind draws with: its shapes' utils and the tools of its toolbar. */
import type { ShapeDefinition, ShapeTool } from '../shapes/define-shape'
import { shapeDefinition } from '../shapes/definitions'
import type { BoardKindDefinition } from './define-kind'
import { kindShapeSchemas } from './kind-shapes'

export interface KindCanvas {
  shapes: ShapeDefinition[]
  /** The tools of its toolbar, in its order. */
  tools: ShapeTool[]
}

export function kindCanvas(kind: BoardKindDefinition): KindCanvas {
  return {
    shapes: kindShapeSchemas(kind).map((schema) => shapeDefinition(schema.type)),
    tools: kind.toolbar.map((type) => {
      const tool = shapeDefinition(type).tool
      if (!tool)
        throw new Error(`board kind "${kind.id}" offers a tool for "${type}", which has none`)
      return tool
    }),
  }
}
