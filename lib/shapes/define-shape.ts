/**
 * One definition per shape, bundling its parts the way tldraw's former `defineShape` did:
 * the schema (data, no React: props, migrations, records, side effects), the util that draws
 * it and the tool that makes it with its toolbar entry. Board kinds name shapes by type; the
 * canvas takes the definitions of its kind's shapes.
 */
import type { TLAnyShapeUtilConstructor, TLStateNodeConstructor, TLUiIconJsx } from 'tldraw'
import type { ShapeSchema } from './shape-schema'

/** The tool that makes a shape, as the toolbar shows it. */
export interface ShapeTool {
  /** tldraw's tool; its `id` names it in the toolbar (`tools.<id>`) and in `setCurrentTool`. */
  tool: TLStateNodeConstructor
  label: string
  icon: TLUiIconJsx
  /** Its keyboard shortcut, if any (tldraw's own keys left as they are). */
  kbd?: string
}

export interface ShapeDefinition {
  schema: ShapeSchema
  util: TLAnyShapeUtilConstructor
  /** Absent for shapes made another way (service links come from the link dialog). */
  tool?: ShapeTool
}

export function defineShape(definition: ShapeDefinition): ShapeDefinition {
  if (definition.util.type !== definition.schema.type) {
    throw new Error(
      `shape "${definition.schema.type}" is drawn by a util of type "${definition.util.type}"`,
    )
  }
  return definition
}
