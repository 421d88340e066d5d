// The cube shape on the canvas: its outline, geometry, resizing and what it draws.
import { HTMLContainer, Polygon2d, resizeBox, ShapeUtil, Vec, type TLResizeInfo } from 'tldraw'
import { cubeShapeSchema, type CubeShapeProps, type TLCubeShape } from './schema'
import { CubeView } from './view'

/** Size of a collapsed cube, whatever its expanded size. */
export const compactCubeSize = { w: 200, h: 200 } as const

/** Smallest expanded cube in which a face still lists a few items. */
const minimumCubeSize = { w: 360, h: 300 } as const

/**
 * How a cube of a given size is drawn: an isometric box seen from above, with the top face
 * (title band) as a rhombus and two side faces below it. `rise` is how far the far corners
 * of the top sit above the near one; `angle` is the slant of the side faces, in degrees.
 */
export function cubeOutline(w: number, h: number) {
  const rise = Math.min(w * 0.14, h / 4)
  const angle = (Math.atan2(rise, w / 2) * 180) / Math.PI
  const hexagon = [
    new Vec(w / 2, 0),
    new Vec(w, rise),
    new Vec(w, h - rise),
    new Vec(w / 2, h),
    new Vec(0, h - rise),
    new Vec(0, rise),
  ]
  return { rise, angle, hexagon }
}

/** The size a cube takes on the canvas: its own, or the compact one when collapsed. */
export function cubeDisplaySize(shape: TLCubeShape): { w: number; h: number } {
  return shape.props.collapsed ? compactCubeSize : { w: shape.props.w, h: shape.props.h }
}

/**
 * A department's offering, drawn as a cube: title and department on the top, Front Stage
 * and Experience on the two faces a consumer sees, Back Stage on the third face (turn it).
 */
export class CubeShapeUtil extends ShapeUtil<TLCubeShape> {
  static override type = cubeShapeSchema.type
  static override props = cubeShapeSchema.props
  static override migrations = cubeShapeSchema.migrations

  override getDefaultProps(): CubeShapeProps {
    return { ...cubeShapeSchema.defaultProps }
  }

  override getGeometry(shape: TLCubeShape) {
    const { w, h } = cubeDisplaySize(shape)
    return new Polygon2d({ points: cubeOutline(w, h).hexagon, isFilled: true })
  }

  override getIndicatorPath(shape: TLCubeShape): Path2D {
    const { w, h } = cubeDisplaySize(shape)
    const path = new Path2D()
    cubeOutline(w, h).hexagon.forEach((point, i) =>
      i === 0 ? path.moveTo(point.x, point.y) : path.lineTo(point.x, point.y),
    )
    path.closePath()
    return path
  }

  // What a screen reader hears when the cube is selected: which cube, not only "Cube".
  override getAriaDescriptor(shape: TLCubeShape): string {
    const { title, department } = shape.props
    return department ? `${title || 'Untitled cube'}, ${department}` : title || 'Untitled cube'
  }

  // Editing a cube means working on its title, department and face items (Enter or double-click).
  override canEdit(): boolean {
    return true
  }

  override canResize(shape: TLCubeShape): boolean {
    return !shape.props.collapsed
  }

  override onResize(shape: TLCubeShape, info: TLResizeInfo<TLCubeShape>) {
    return resizeBox(shape, info, {
      minWidth: minimumCubeSize.w,
      minHeight: minimumCubeSize.h,
    })
  }

  override component(shape: TLCubeShape) {
    const { w, h } = cubeDisplaySize(shape)
    return (
      <HTMLContainer style={{ width: w, height: h }}>
        <CubeView shape={shape} />
      </HTMLContainer>
    )
  }
}
