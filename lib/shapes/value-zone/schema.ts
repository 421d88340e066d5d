/**
 * The value zone as data: its props, their validators and migrations, and the "need
 * fulfilled by offering" links it shows. No React.
 */
import type { RecordProps, TLShape } from '@tldraw/tlschema'
import { valueLinkTypeName, valueZoneShapeType } from '@/lib/model'
import { firstShapeVersion, positiveSize } from '../shared/card-schema'
import { defineShapeSchema } from '../shape-schema'
import { valueZoneFromModel } from './from-model'
import { deleteValueLinksWithTheirEnds } from './side-effects'
import { valueLinkRecordInfo } from './value-link-record'

export interface ValueZoneShapeProps {
  w: number
  h: number
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [valueZoneShapeType]: ValueZoneShapeProps
  }
}

export type TLValueZoneShape = TLShape<typeof valueZoneShapeType>

export const valueZoneShapeProps: RecordProps<TLValueZoneShape> = {
  w: positiveSize,
  h: positiveSize,
}

export const { versions: valueZoneShapeVersions, migrations: valueZoneShapeMigrations } =
  firstShapeVersion(valueZoneShapeType)

export const valueZoneShapeSchema = defineShapeSchema<
  typeof valueZoneShapeType,
  ValueZoneShapeProps
>({
  type: valueZoneShapeType,
  props: valueZoneShapeProps,
  migrations: valueZoneShapeMigrations,
  defaultProps: { w: 420, h: 460 },
  // The links are read by the model whichever zone shows them; they stay shared in private mode.
  records: [{ typeName: valueLinkTypeName, info: valueLinkRecordInfo, privateToAuthor: false }],
  inModel: true,
  sideEffects: [deleteValueLinksWithTheirEnds],
  // Personas and organisations are written with the zone between them.
  fromModel: valueZoneFromModel,
})
