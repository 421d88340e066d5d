/** The journey shape on the canvas: one grid of phases, stages, lanes and touchpoints. */
import { HTMLContainer, Rectangle2d, ShapeUtil } from 'tldraw'
import { journeyShapeSchema, type JourneyShapeProps, type TLJourneyShape } from './schema'
import { JourneyView } from './view'

/**
 * A customer-experience map. Its size is not dragged: it follows the grid (the view measures
 * it), so a cell grows with its touchpoints.
 */
export class JourneyShapeUtil extends ShapeUtil<TLJourneyShape> {
  static override type = journeyShapeSchema.type
  static override props = journeyShapeSchema.props
  static override migrations = journeyShapeSchema.migrations

  override getDefaultProps(): JourneyShapeProps {
    return { ...journeyShapeSchema.defaultProps }
  }

  override getGeometry(shape: TLJourneyShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  override getIndicatorPath(shape: TLJourneyShape): Path2D {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 12)
    return path
  }

  override getAriaDescriptor(shape: TLJourneyShape): string {
    return `Experience map ${shape.props.title || 'untitled'}`
  }

  // Editing a journey means working on its phases, stages, lanes and touchpoints.
  override canEdit(): boolean {
    return true
  }

  override canResize(): boolean {
    return false
  }

  override component(shape: TLJourneyShape) {
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h }}>
        <JourneyView shape={shape} />
      </HTMLContainer>
    )
  }
}
