/** The shapes a board kind holds, as schemas: its boards' store (browser and seeds) is built from these. */
import { schemasOf } from '../shapes/schemas'
import type { ShapeSchema } from '../shapes/shape-schema'
import type { BoardKindDefinition } from './define-kind'

/** The schemas of a kind's own and shared shapes, in the shape registry's order. */
export function kindShapeSchemas(kind: BoardKindDefinition): ShapeSchema[] {
  return schemasOf([...kind.shapes, ...kind.sharedShapes])
}
