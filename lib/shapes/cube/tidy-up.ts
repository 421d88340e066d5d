/**
 * Tidy up: the cubes on the page laid out as their service network (see network-layout.ts),
 * as one change that one undo takes back.
 */
import type { Editor, TLShapePartial } from 'tldraw'
import { cubeShapeType } from '@/lib/model'
import { guardOf } from '@/lib/facilitation/record-guard'
import { firstPageId } from '../pages'
import type { TLCubeItem } from './item-record'
import { networkLayout } from './network-layout'
import type { TLCubeShape } from './schema'
import { serviceLinksOf } from '../service-link/links'

/**
 * Lays the page's cubes out as their network, where they stand now (the top-left of their
 * bounds stays put). Cubes in a frame belong to an agenda step and stay where they are, as
 * do locked cubes. Returns how many cubes moved.
 */
export function tidyUp(editor: Editor): number {
  const cubes = editor
    .getCurrentPageShapes()
    .filter(
      (shape): shape is TLCubeShape =>
        shape.type === cubeShapeType &&
        shape.parentId === firstPageId &&
        !shape.isLocked &&
        !guardOf({ meta: shape.meta }).locked,
    )
  if (cubes.length === 0) return 0
  const links = serviceLinksOf(editor.store).flatMap((link) => {
    const service = editor.store.get(link.props.serviceId) as TLCubeItem | undefined
    const step = editor.store.get(link.props.stepId) as TLCubeItem | undefined
    return service && step ? [{ providerCubeId: service.cubeId, consumerCubeId: step.cubeId }] : []
  })
  const sizes = cubes.map((cube) => {
    const bounds = editor.getShapePageBounds(cube)!
    return { id: cube.id, w: bounds.w, h: bounds.h, department: cube.props.department }
  })
  const origin = {
    x: Math.min(...cubes.map((cube) => cube.x)),
    y: Math.min(...cubes.map((cube) => cube.y)),
  }
  const layout = networkLayout(sizes, links, origin)
  editor.markHistoryStoppingPoint('tidy up')
  editor.updateShapes(
    cubes.map((cube): TLShapePartial<TLCubeShape> => ({
      id: cube.id,
      type: cubeShapeType,
      ...layout.get(cube.id)!,
    })),
  )
  return cubes.length
}
