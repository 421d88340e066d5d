import type { RecordProps, TLShape } from 'tldraw'
import { CardShapeUtil, firstShapeVersion, positiveSize } from '../shared/card-shape'
import { ValueZoneView } from './view'

export interface ValueZoneShapeProps {
  w: number
  h: number
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    value_zone: ValueZoneShapeProps
  }
}

export type TLValueZoneShape = TLShape<'value_zone'>

export const valueZoneShapeProps: RecordProps<TLValueZoneShape> = {
  w: positiveSize,
  h: positiveSize,
}

export const { versions: valueZoneShapeVersions, migrations: valueZoneShapeMigrations } =
  firstShapeVersion('value_zone')

/**
 * The band between the personas and the organisation where needs meet offerings: it lists
 * every "fulfilled by" link, each persona's coverage, the gaps and the idle offerings, and
 * (while edited) links a need to an offering. The links themselves are records, so any
 * number of zones on a board show the same links.
 */
export class ValueZoneShapeUtil extends CardShapeUtil<TLValueZoneShape> {
  static override type = 'value_zone' as const
  static override props = valueZoneShapeProps
  static override migrations = valueZoneShapeMigrations
  protected override readonly View = ValueZoneView

  override getDefaultProps(): ValueZoneShapeProps {
    return { w: 420, h: 460 }
  }
}
