/**
 * What a shape is as data, without React: its type name, its props' validators and
 * migrations, its default props, the record types that belong to it and what the session's
 * rules need to know of it. The server, the board store and the tests build on these; the
 * canvas adds the React parts (define-shape.ts).
 */
import type { CustomRecordInfo, SchemaPropsInfo, TLRecord, TLStore } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import type { BoardModel } from '@/lib/model'

/** A record type that belongs to a shape (a cube's face items, a persona's needs…). */
export interface ShapeRecord {
  typeName: string
  /** What `createTLSchema({ records })` needs: scope, validator, migrations. */
  info: CustomRecordInfo
  /** Participants write these on the shape; private mode keeps a new one to its author. */
  privateToAuthor: boolean
  /**
   * The field naming the shape a record of this type is drawn on (a cube item's `cubeId`),
   * where "show it on the board" selects that shape; absent for records drawn on none.
   */
  heldBy?: string
}

/** Registers a store side effect; returns the function that unregisters it. */
export type StoreSideEffect = (store: TLStore) => () => void

/** Where the next part of a model goes on a board built from it. */
export interface ModelPlace {
  /** Below everything placed so far. */
  top: number
  /** The index of the last shape placed (shapes go above it). */
  after: IndexKey | null
  /** Where cubes stand, by cube id, when a template says so. */
  positions: Readonly<Record<string, { x: number; y: number }>>
}

/** Writes its part of a model as board records, from `place` down; says where it ended. */
export type ModelWriter = (
  model: BoardModel,
  place: ModelPlace,
) => { records: TLRecord[]; bottom: number; after: IndexKey | null }

export interface ShapeSchema<Type extends string = string, Props extends object = object> {
  type: Type
  props: NonNullable<SchemaPropsInfo['props']>
  migrations: NonNullable<SchemaPropsInfo['migrations']>
  /** The props a new shape of this type starts with. */
  defaultProps: Readonly<Props>
  records: readonly ShapeRecord[]
  /**
   * Read through the shared model: what is written on it reaches votes and search as model
   * things (its items), not as the shape's own text.
   */
  inModel: boolean
  /**
   * Participants write items on it even while it is locked, so tldraw leaves it open and only
   * the lock mark keeps its place, size and title (facilitation's locks, session-marks.ts).
   */
  holdsItems: boolean
  /**
   * What keeps its records whole as people delete things (its items go with it, in the same
   * change, so one undo brings all back). The browser that deletes runs them; the others
   * receive the deletions through sync.
   */
  sideEffects: readonly StoreSideEffect[]
  /** Writes its part of a model on a board built from one (imports, templates). */
  fromModel?: ModelWriter
}

/** A shape's schema, with the defaults most shapes have: no records, not in the model, no side effects. */
export function defineShapeSchema<Type extends string, Props extends object>(
  schema: Pick<ShapeSchema<Type, Props>, 'type' | 'props' | 'migrations' | 'defaultProps'> &
    Partial<
      Pick<
        ShapeSchema<Type, Props>,
        'records' | 'inModel' | 'holdsItems' | 'sideEffects' | 'fromModel'
      >
    >,
): ShapeSchema<Type, Props> {
  return { records: [], inModel: false, holdsItems: false, sideEffects: [], ...schema }
}

/** Registers every side effect of these shapes on a store; returns what unregisters them all. */
export function keepRecordsWhole(store: TLStore, schemas: readonly ShapeSchema[]): () => void {
  const stops = schemas.flatMap((schema) => schema.sideEffects.map((register) => register(store)))
  return () => stops.forEach((stop) => stop())
}
