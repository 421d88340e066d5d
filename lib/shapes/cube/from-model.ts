/**
 * The cube network of a model as board records: cubes laid out as their network (or where
 * the caller places them), items on their faces in the model's order, the service links
 * between them (conflicting ones included). Ids are the model's.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, getIndices, type IndexKey } from '@tldraw/utils'
import { cubeItemTypeName, cubeShapeType, serviceLinkShapeType } from '@/lib/model'
import type { BoardModel, FaceItem } from '@/lib/model'
import { onFirstPage } from '../pages'
import type { ModelWriter } from '../shape-schema'
import type { TLServiceLinkShape } from '../service-link/schema'
import type { TLCubeItem, TLCubeItemId } from './item-record'
import { networkLayout } from './network-layout'
import { cubeShapeSchema, type TLCubeShape } from './schema'

export const cubeNetworkFromModel: ModelWriter = (model, place) => {
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const { w, h } = cubeShapeSchema.defaultProps
  const given = model.cubes.filter((cube) => place.positions[cube.id])
  const givenBottom = Math.max(place.top, ...given.map((c) => place.positions[c.id]!.y + h + 80))
  // Cubes the file gives no place stand as their network: consumers above their providers,
  // departments together (what Tidy up does on the canvas).
  const laidOut = networkLayout(
    model.cubes
      .filter((cube) => !place.positions[cube.id])
      .map((cube) => ({ id: cube.id, w, h, department: cube.departmentId })),
    model.serviceLinks,
    { x: 0, y: given.length > 0 ? givenBottom : place.top },
  )
  let index = place.after
  const next = () => (index = getIndexAbove(index))
  const cubes = model.cubes.map((cube): TLCubeShape => {
    const at = place.positions[cube.id] ?? laidOut.get(cube.id)!
    return {
      id: cube.id as TLCubeShape['id'],
      typeName: 'shape',
      type: cubeShapeType,
      x: at.x,
      y: at.y,
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
  const bottom = cubes.reduce((below, cube) => Math.max(below, cube.y + h + 100), place.top)
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
