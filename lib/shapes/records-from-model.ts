import { getIndices, type IndexKey, type TLRecord } from 'tldraw'
import type { BoardModel, FaceItem } from '@/lib/model'
import { firstPageId } from './board-store'
import { cubeItemTypeName, type TLCubeItem, type TLCubeItemId } from './cube-item-record'
import type { TLCubeShape } from './cube-shape'
import { serviceLinkShapeType, type TLServiceLinkShape } from './service-link-shape'

/** Room for one cube on a board built from a model: the default cube size and a gap. */
const cell = { w: 640, h: 560 }

/**
 * The board records that hold a model: each department's cubes in a row, items on their
 * faces in the model's order, the service links between them. Ids are the model's, so the
 * board reads back the same model.
 */
export function recordsFromModel(model: BoardModel): TLRecord[] {
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const rows = new Map<string, number>()
  const columns = new Map<string, number>()
  const shapeIndices = getIndices(model.cubes.length + model.serviceLinks.length + 1)
  const cubes = model.cubes.map((cube, index): TLCubeShape => {
    const row = rows.get(cube.departmentId) ?? rows.size
    rows.set(cube.departmentId, row)
    const column = columns.get(cube.departmentId) ?? 0
    columns.set(cube.departmentId, column + 1)
    return {
      id: cube.id as TLCubeShape['id'],
      typeName: 'shape',
      type: 'cube',
      x: column * cell.w,
      y: row * cell.h,
      rotation: 0,
      index: shapeIndices[index + 1]!,
      parentId: firstPageId,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: {
        w: 560,
        h: 460,
        title: cube.title,
        department: departments.get(cube.departmentId) ?? '',
        turned: false,
        collapsed: false,
      },
    }
  })
  // Links above every cube, so none is hidden.
  const links = model.serviceLinks.map((link, index): TLServiceLinkShape => ({
    id: link.id as TLServiceLinkShape['id'],
    typeName: 'shape',
    type: serviceLinkShapeType,
    x: 0,
    y: 0,
    rotation: 0,
    index: shapeIndices[model.cubes.length + index + 1]!,
    parentId: firstPageId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      serviceId: link.serviceId as TLCubeItemId,
      stepId: link.stepId as TLCubeItemId,
      label: link.label,
    },
  }))
  return [...cubes, ...itemRecords(model.items), ...links]
}

function itemRecords(items: FaceItem[]): TLCubeItem[] {
  const groups = new Map<string, FaceItem[]>()
  for (const item of items) {
    const key = `${item.cubeId}|${item.kind}|${item.processId ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.values()].flatMap((group) => {
    const ordered = [...group].sort((a, b) => a.order - b.order)
    const indices: IndexKey[] = getIndices(ordered.length + 1).slice(1)
    return ordered.map((item, position) => ({
      id: item.id as TLCubeItemId,
      typeName: cubeItemTypeName,
      cubeId: item.cubeId as TLCubeShape['id'],
      face: item.face,
      kind: item.kind,
      text: item.text,
      terms: item.terms,
      processId: item.processId as TLCubeItemId | null,
      index: indices[position]!,
      meta: {},
    }))
  })
}
