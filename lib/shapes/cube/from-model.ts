/**
 * The cube network of a model as board records: the cubes laid out as their network
 * (consumers above providers, departments together: layoutNetwork), items on their faces in
 * the model's order, the service links between them. Ids are the model's.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, getIndices, type IndexKey } from '@tldraw/utils'
import { cubeItemTypeName, cubeShapeType, serviceLinkShapeType } from '@/lib/model'
import type { BoardModel, FaceItem } from '@/lib/model'
import { layoutNetwork } from '@/lib/model/layout/network-layout'
import { firstPageId } from '../pages'
import type { ModelWriter } from '../shape-schema'
import type { TLServiceLinkShape } from '../service-link/schema'
import type { TLCubeItem, TLCubeItemId } from './item-record'
import { cubeShapeSchema, type TLCubeShape } from './schema'

/** Room left below the cubes before the next part of the model (the value zone). */
const gapBelow = 100

export const cubeNetworkFromModel: ModelWriter = (model, place) => {
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const { w, h } = cubeShapeSchema.defaultProps
  // A template places its own cubes; an import is laid out as its network.
  const laidOut = model.cubes.every((cube) => place.positions[cube.id])
    ? null
    : layoutNetwork(model, { sizeOf: () => ({ w, h }) }).cubes
  let index = place.after
  const next = () => (index = getIndexAbove(index))
  const cubes = model.cubes.map((cube): TLCubeShape => {
    return {
      id: cube.id as TLCubeShape['id'],
      typeName: 'shape',
      type: cubeShapeType,
      x: place.positions[cube.id]?.x ?? laidOut![cube.id]!.x,
      y: place.positions[cube.id]?.y ?? place.top + laidOut![cube.id]!.y,
      rotation: 0,
      index: next(),
      parentId: firstPageId,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: {
        ...cubeShapeSchema.defaultProps,
        title: cube.title,
        department: departments.get(cube.departmentId) ?? '',
      },
    }
  })
  // Links above every cube, so none is hidden.
  const links = model.serviceLinks.map((link): TLServiceLinkShape => ({
    id: link.id as TLServiceLinkShape['id'],
    typeName: 'shape',
    type: serviceLinkShapeType,
    x: 0,
    y: 0,
    rotation: 0,
    index: next(),
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
  const bottom = cubes.reduce(
    (below, cube) => Math.max(below, cube.y + cube.props.h + gapBelow),
    place.top,
  )
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
