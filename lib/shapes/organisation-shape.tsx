import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  BaseBoxShapeUtil,
  HTMLContainer,
  T,
  type RecordProps,
  type TLShape,
} from 'tldraw'
import { boxIndicator, positiveSize } from './box-shapes'
import { OrganisationView } from './organisation-view'

/**
 * What an organisation shape holds itself; its goals, processes, products and services are
 * records of their own (offering-item-record.ts).
 */
export interface OrganisationShapeProps {
  w: number
  h: number
  /** The business, or the part of it on this board, e.g. "Nordic Bank mortgages". */
  name: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    organisation: OrganisationShapeProps
  }
}

export type TLOrganisationShape = TLShape<'organisation'>

export const organisationShapeProps: RecordProps<TLOrganisationShape> = {
  w: positiveSize,
  h: positiveSize,
  name: T.string,
}

export const organisationShapeVersions = createShapePropsMigrationIds('organisation', {
  Initial: 1,
})

export const organisationShapeMigrations = createShapePropsMigrationSequence({
  sequence: [{ id: organisationShapeVersions.Initial, up: (props) => props }],
})

/** The offering side of a value zone: business goals, processes, products and services. */
export class OrganisationShapeUtil extends BaseBoxShapeUtil<TLOrganisationShape> {
  static override type = 'organisation' as const
  static override props = organisationShapeProps
  static override migrations = organisationShapeMigrations

  override getDefaultProps(): OrganisationShapeProps {
    return { w: 340, h: 460, name: '' }
  }

  override canEdit(): boolean {
    return true
  }

  override component(shape: TLOrganisationShape) {
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h }}>
        <OrganisationView shape={shape} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: TLOrganisationShape): Path2D {
    return boxIndicator(shape.props)
  }
}
