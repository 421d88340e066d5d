/**
 * The principles matrix as data: its props, their validators and migrations, and the parts
 * that belong to it (rows and cells, each a record of its own). No React.
 */
import type { RecordProps, TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { principlesShapeType } from '@/lib/model'
import { firstShapeVersion, positiveSize } from '../shared/card-schema'
import { defineShapeSchema } from '../shape-schema'
import { principlesFromModel } from './from-model'
import { principlePartRecords } from './part-records'
import { deletePartsWithTheirMatrix, giveNewMatricesTheirPrinciples } from './side-effects'

/** What a matrix shape holds itself. Its size follows its table (the view measures it). */
export interface PrinciplesShapeProps {
  w: number
  h: number
  /** e.g. "Who carries the five principles". */
  title: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [principlesShapeType]: PrinciplesShapeProps
  }
}

export type TLPrinciplesShape = TLShape<typeof principlesShapeType>

export const principlesShapeProps: RecordProps<TLPrinciplesShape> = {
  w: positiveSize,
  h: positiveSize,
  title: T.string,
}

export const { versions: principlesShapeVersions, migrations: principlesShapeMigrations } =
  firstShapeVersion(principlesShapeType)

export const principlesShapeSchema = defineShapeSchema<
  typeof principlesShapeType,
  PrinciplesShapeProps
>({
  type: principlesShapeType,
  props: principlesShapeProps,
  migrations: principlesShapeMigrations,
  defaultProps: { w: 700, h: 420, title: '' },
  // Which unit carries which principle is the workshop's shared answer, never private.
  records: principlePartRecords.map(({ typeName, recordInfo }) => ({
    typeName,
    info: recordInfo,
    privateToAuthor: false,
    heldBy: 'matrixId',
  })),
  inModel: true,
  holdsItems: true,
  sideEffects: [deletePartsWithTheirMatrix, giveNewMatricesTheirPrinciples],
  fromModel: principlesFromModel,
})
