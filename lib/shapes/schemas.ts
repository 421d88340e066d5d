/**
 * Every shape Cubeboard has, as data (no React), in one order: the board store's schema is
 * built from these, the kind's shapes picked out in this order so two kinds with the same
 * shapes write the same schema. A new shape adds its schema here (and its definition in
 * definitions.ts).
 */
import { cubeShapeSchema } from './cube/schema'
import { journeyShapeSchema } from './journey/schema'
import { organisationShapeSchema } from './organisation/schema'
import { personaShapeSchema } from './persona/schema'
import { principlesShapeSchema } from './principles/schema'
import { serviceLinkShapeSchema } from './service-link/schema'
import type { ShapeSchema } from './shape-schema'
import { valueZoneShapeSchema } from './value-zone/schema'

export const shapeSchemas: readonly ShapeSchema[] = [
  cubeShapeSchema,
  serviceLinkShapeSchema,
  personaShapeSchema,
  organisationShapeSchema,
  valueZoneShapeSchema,
  journeyShapeSchema,
  principlesShapeSchema,
]

/** The schemas of these shape types, in the registry's order; throws on a type it lacks. */
export function schemasOf(types: readonly string[]): ShapeSchema[] {
  for (const type of types) {
    if (!shapeSchemas.some((schema) => schema.type === type)) {
      throw new Error(
        `no shape "${type}"; there are: ${shapeSchemas.map((s) => s.type).join(', ')}`,
      )
    }
  }
  return shapeSchemas.filter((schema) => types.includes(schema.type))
}

/** Record types participants make that private mode keeps to their authors until revealed. */
export const privateRecordTypes: readonly string[] = [
  'shape',
  ...shapeSchemas.flatMap((schema) =>
    schema.records.filter((record) => record.privateToAuthor).map((record) => record.typeName),
  ),
]

/** Each record type drawn on a shape, with the field that names the shape. */
const holderFields = new Map(
  shapeSchemas.flatMap((schema) =>
    schema.records.flatMap((record) =>
      record.heldBy ? [[record.typeName, record.heldBy] as const] : [],
    ),
  ),
)

/**
 * The id of the shape a record is drawn on: itself for a shape, or the cube, persona, map…
 * that holds it; null for records on no shape (a value link, the page).
 */
export function shapeHolding(record: { id: string; typeName: string }): string | null {
  if (record.typeName === 'shape') return record.id
  const field = holderFields.get(record.typeName)
  const holder = field ? (record as unknown as Record<string, unknown>)[field] : undefined
  return typeof holder === 'string' ? holder : null
}

/** Shapes read through the model (what is written on them reaches votes as model things). */
export const shapeTypesInModel: ReadonlySet<string> = new Set(
  shapeSchemas.filter((schema) => schema.inModel).map((schema) => schema.type),
)

/** Shapes participants write items on even while locked (only the lock mark holds them). */
export const itemHolderTypes: ReadonlySet<string> = new Set(
  shapeSchemas.filter((schema) => schema.holdsItems).map((schema) => schema.type),
)
