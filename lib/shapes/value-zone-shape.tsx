import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  BaseBoxShapeUtil,
  HTMLContainer,
  type RecordProps,
  type TLShape,
} from 'tldraw'
import { boxIndicator, positiveSize } from './box-shapes'
import { ValueZoneView } from './value-zone-view'

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

export const valueZoneShapeVersions = createShapePropsMigrationIds('value_zone', { Initial: 1 })

export const valueZoneShapeMigrations = createShapePropsMigrationSequence({
  sequence: [{ id: valueZoneShapeVersions.Initial, up: (props) => props }],
})

/**
 * The band between the personas and the organisation where needs meet offerings: it lists
 * every "fulfilled by" link, each persona's coverage, the gaps and the idle offerings, and
 * (while edited) links a need to an offering. The links themselves are records, so any
 * number of zones on a board show the same links.
 */
export class ValueZoneShapeUtil extends BaseBoxShapeUtil<TLValueZoneShape> {
  static override type = 'value_zone' as const
  static override props = valueZoneShapeProps
  static override migrations = valueZoneShapeMigrations

  override getDefaultProps(): ValueZoneShapeProps {
    return { w: 420, h: 460 }
  }

  override canEdit(): boolean {
    return true
  }

  override component(shape: TLValueZoneShape) {
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h }}>
        <ValueZoneView shape={shape} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: TLValueZoneShape): Path2D {
    return boxIndicator(shape.props)
  }
}
