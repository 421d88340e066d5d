/**
 * What the card shapes (persona, organisation, value zone) share as data: sizes that must be
 * positive and props at their first version. No React.
 */
import { createShapePropsMigrationIds, createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'

/** A width or height; a shape of no size could not be seen or picked again. */
export const positiveSize = T.number.check((value) => {
  if (!(value > 0)) throw new Error(`a size must be positive, got ${value}`)
})

/**
 * The versions and migrations of a shape's props at its first version. Every later change
 * of its props adds a version and its `up` in the shape's schema.
 */
export function firstShapeVersion<Type extends string>(type: Type) {
  const versions = createShapePropsMigrationIds(type, { Initial: 1 })
  const migrations = createShapePropsMigrationSequence({
    // The first version: a record from before versioning already has these props.
    sequence: [{ id: versions.Initial, up: (props) => props }],
  })
  return { versions, migrations }
}
