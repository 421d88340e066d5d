/**
 * Every shape's definition (schema, util, tool), in the order of schemas.ts: the canvas takes
 * the ones its board kind names. A new shape adds its definition here.
 */
import { cubeShape } from './cube/shape'
import type { ShapeDefinition } from './define-shape'
import { journeyShape } from './journey/shape'
import { organisationShape } from './organisation/shape'
import { personaShape } from './persona/shape'
import { principlesShape } from './principles/shape'
import { serviceLinkShape } from './service-link/shape'
import { valueZoneShape } from './value-zone/shape'

export const shapeDefinitions: readonly ShapeDefinition[] = [
  cubeShape,
  serviceLinkShape,
  personaShape,
  organisationShape,
  valueZoneShape,
  journeyShape,
  principlesShape,
]

/** The definition of one shape type; throws on a type there is none for. */
export function shapeDefinition(type: string): ShapeDefinition {
  const found = shapeDefinitions.find((definition) => definition.schema.type === type)
  if (!found) throw new Error(`no shape "${type}"`)
  return found
}
