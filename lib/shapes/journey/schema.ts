/**
 * The journey as data: its props, their validators and migrations, and the parts that belong
 * to it (phases, stages, lanes, touchpoints, each a record of its own). No React.
 */
import type { RecordProps, TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { journeyShapeType, touchpointTypeName } from '@/lib/model'
import { firstShapeVersion, positiveSize } from '../shared/card-schema'
import { defineShapeSchema } from '../shape-schema'
import { journeyFromModel } from './from-model'
import { journeyPartRecords } from './part-records'
import { deletePartsWithTheirJourney, giveNewJourneysTheirParts } from './side-effects'

/**
 * What a journey shape holds itself. Its size follows what is written on it (the view
 * measures the grid), so a cell grows with its touchpoints and nothing is clipped.
 */
export interface JourneyShapeProps {
  w: number
  h: number
  /** e.g. "Home loan journey". */
  title: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [journeyShapeType]: JourneyShapeProps
  }
}

export type TLJourneyShape = TLShape<typeof journeyShapeType>

export const journeyShapeProps: RecordProps<TLJourneyShape> = {
  w: positiveSize,
  h: positiveSize,
  title: T.string,
}

export const { versions: journeyShapeVersions, migrations: journeyShapeMigrations } =
  firstShapeVersion(journeyShapeType)

export const journeyShapeSchema = defineShapeSchema<typeof journeyShapeType, JourneyShapeProps>({
  type: journeyShapeType,
  props: journeyShapeProps,
  migrations: journeyShapeMigrations,
  defaultProps: { w: 1100, h: 640, title: '' },
  // Participants write touchpoints (private mode keeps theirs to them until revealed); the
  // map's structure is the workshop's, shared as it is made.
  records: journeyPartRecords.map(({ typeName, recordInfo }) => ({
    typeName,
    info: recordInfo,
    privateToAuthor: typeName === touchpointTypeName,
    heldBy: 'journeyId',
  })),
  inModel: true,
  holdsItems: true,
  sideEffects: [deletePartsWithTheirJourney, giveNewJourneysTheirParts],
  fromModel: journeyFromModel,
})
