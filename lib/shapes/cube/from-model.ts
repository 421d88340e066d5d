/**
 * The cube network of a model as board records: each department's cubes in a row, items on
 * their faces in the model's order, the service links between them (conflicting ones
 * included). Ids are the model's.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, getIndices, type IndexKey } from '@tldraw/utils'
import { cubeItemTypeName, cubeShapeType, serviceLinkShapeType } from '@/lib/model'
import type { BoardModel, FaceItem } from '@/lib/model'
import { onFirstPage } from '../pages'
import type { ModelWriter } from '../shape-schema'
import type { TLServiceLinkShape } from '../service-link/schema'
import type { TLCubeItem, TLCubeItemId } from './item-record'
import { cubeShapeSchema, type TLCubeShape } from './schema'

/** Room for one cube on a board built from a model: the default cube size and a gap. */
const cell = { w: 640, h: 560 }

export const cubeNetworkFromModel: ModelWriter = (model, place) => {
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const rows = new Map<string, number>()
  const columns = new Map<string, number>()
  let index = place.after
  const next = () => (index = getIndexAbove(index))
  const cubes = model.cubes.map((cube): TLCubeShape => {
    const row = rows.get(cube.departmentId) ?? rows.size
    rows.set(cube.departmentId, row)
    const column = columns.get(cube.departmentId) ?? 0
    columns.set(cube.departmentId, column + 1)
    return {
      id: cube.id as TLCubeShape['id'],
      typeName: 'shape',
      type: cubeShapeType,
      x: place.positions[cube.id]?.x ?? column * cell.w,
      y: place.positions[cube.id]?.y ?? place.top + row * cell.h,
      ...onFirstPage(next()),
      props: {
        ...cubeShapeSchema.defaultProps,
        title: cube.title,
        department: departments.get(cube.departmentId) ?? '',
      },
    }
  })
  // Links above every cube, so none is hidden. A conflicting link is drawn too: the board
  // reads it back as the same conflict (its id sorts after the kept one's), never dropped.
  const links = [...model.serviceLinks, ...model.conflictingLinks].map(
    (link): TLServiceLinkShape => ({
      id: link.id as TLServiceLinkShape['id'],
      typeName: 'shape',
      type: serviceLinkShapeType,
      x: 0,
      y: 0,
      ...onFirstPage(next()),
      props: {
        serviceId: link.serviceId as TLCubeItemId,
        stepId: link.stepId as TLCubeItemId,
        label: link.label,
      },
    }),
  )
  const bottom = cubes.reduce((below, cube) => Math.max(below, cube.y + cell.h), place.top)
  return {
    records: [...cubes, ...itemRecords(model.items), ...links] as TLRecord[],
    bottom,
    after: index,
  }
}

function itemRecords(items: BoardModel['items']): TLCubeItem[] {
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
