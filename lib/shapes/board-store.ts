/**
 * The store of a board: tldraw's default shapes and bindings plus the board kind's shapes and
 * their records. The app, the server's seeds and the tests all build it here, so they agree
 * on the schema.
 */
import {
  createTLSchema,
  createTLStore,
  defaultBindingSchemas,
  defaultShapeSchemas,
  type TLSchema,
  type TLStore,
  type TLStoreOptions,
} from 'tldraw'
import { shapeSchemas } from './schemas'
import type { ShapeSchema } from './shape-schema'
export { firstPageId } from './pages'

/** The schema of a board holding tldraw's shapes and these of ours, with their records. */
export function boardSchema(shapes: readonly ShapeSchema[] = shapeSchemas): TLSchema {
  return createTLSchema({
    shapes: {
      ...defaultShapeSchemas,
      ...Object.fromEntries(
        shapes.map((shape) => [shape.type, { props: shape.props, migrations: shape.migrations }]),
      ),
    },
    bindings: defaultBindingSchemas,
    records: Object.fromEntries(
      shapes.flatMap((shape) => shape.records.map((record) => [record.typeName, record.info])),
    ),
  })
}

/** Options of `createBoardStore`: anything `createTLStore` takes except the schema. */
export type BoardStoreOptions = Omit<
  TLStoreOptions,
  'schema' | 'shapeUtils' | 'bindingUtils' | 'assetUtils' | 'migrations' | 'records'
> & {
  /** The board kind's shapes (every shape when absent: seeds of any kind, tests). */
  shapes?: readonly ShapeSchema[]
}

export function createBoardStore({ shapes, ...options }: BoardStoreOptions = {}): TLStore {
  return createTLStore({ ...options, schema: boardSchema(shapes) })
}
