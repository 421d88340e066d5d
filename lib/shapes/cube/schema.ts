/**
 * The cube as data: its type, props, their validators and migrations, and the face items
 * that belong to it. No React: the server, the board store and the tests read it.
 */
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLShape,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { cubeItemTypeName, cubeShapeType } from '@/lib/model'
import { defineShapeSchema } from '../shape-schema'
import { cubeNetworkFromModel } from './from-model'
import { cubeItemRecordInfo } from './item-record'
import { deleteItemsWithTheirCube } from './side-effects'

/** What a cube shape holds itself; its face items are records of their own (item-record.ts). */
export interface CubeShapeProps {
  w: number
  h: number
  /** The offering, e.g. "Mortgage Loan". */
  title: string
  /** The department that owns the offering, e.g. "Retail Sales"; it also picks the colour. */
  department: string
  /**
   * Turned a quarter round: Experience and Back Stage face the room instead of Front Stage
   * and Experience (the consumer's view).
   */
  turned: boolean
  /** Shown as a compact cube with just its title and department. */
  collapsed: boolean
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [cubeShapeType]: CubeShapeProps
  }
}

export type TLCubeShape = TLShape<typeof cubeShapeType>

const nonEmptySize = T.number.check((value) => {
  if (!(value > 0)) throw new Error(`a cube's size must be positive, got ${value}`)
})

/** Validators of the cube's props. */
export const cubeShapeProps: RecordProps<TLCubeShape> = {
  w: nonEmptySize,
  h: nonEmptySize,
  title: T.string,
  department: T.string,
  turned: T.boolean,
  collapsed: T.boolean,
}

/** Versions of the cube's props; every change of its props adds one, with its `up` and `down`. */
export const cubeShapeVersions = createShapePropsMigrationIds(cubeShapeType, {
  Initial: 1,
})

/** Migrations of the cube's props. */
export const cubeShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: cubeShapeVersions.Initial,
      // The first version: a record from before versioning already has these props.
      up: (props) => props,
    },
  ],
})

export const cubeShapeSchema = defineShapeSchema<typeof cubeShapeType, CubeShapeProps>({
  type: cubeShapeType,
  props: cubeShapeProps,
  migrations: cubeShapeMigrations,
  defaultProps: { w: 560, h: 460, title: '', department: '', turned: false, collapsed: false },
  records: [
    {
      typeName: cubeItemTypeName,
      info: cubeItemRecordInfo,
      privateToAuthor: true,
      heldBy: 'cubeId',
    },
  ],
  inModel: true,
  holdsItems: true,
  sideEffects: [deleteItemsWithTheirCube],
  // Service links are written with their cubes: a link needs both ends' items.
  fromModel: cubeNetworkFromModel,
})
