import { getIndexAbove, getIndices, type IndexKey, type TLRecord } from 'tldraw'
import { cubeItemTypeName } from '@/lib/model'
import type { BoardModel, FaceItem } from '@/lib/model'
import { defaultCubeSize, layoutNetwork } from '@/lib/model/layout/network-layout'
import { firstPageId } from './pages'
import { type TLCubeItem, type TLCubeItemId } from './cube/item-record'
import type { TLCubeShape } from './cube/util'
import { serviceLinkShapeType, type TLServiceLinkShape } from './service-link/util'

/** Room below the cubes before the value zone starts. */
const gapBelowCubes = 100

/**
 * The board records that hold a model: the cubes laid out as their network (consumers above
 * providers, departments together), items on their faces in the model's order, the service
 * links between them. Ids are the model's, so the board reads back the same model.
 */
export function recordsFromModel(
  model: BoardModel,
  /** Where cubes stand, by cube id (a template's own arrangement); else the network layout's. */
  positions: Readonly<Record<string, { x: number; y: number }>> = {},
): TLRecord[] {
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const laidOut = model.cubes.every((cube) => positions[cube.id])
    ? positions
    : { ...layoutNetwork(model).cubes, ...positions }
  const shapeIndices = getIndices(model.cubes.length + model.serviceLinks.length + 1)
  const cubes = model.cubes.map((cube, index): TLCubeShape => {
    return {
      id: cube.id as TLCubeShape['id'],
      typeName: 'shape',
      type: 'cube',
      x: laidOut[cube.id]!.x,
      y: laidOut[cube.id]!.y,
      rotation: 0,
      index: shapeIndices[index + 1]!,
      parentId: firstPageId,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: {
        w: defaultCubeSize.w,
        h: defaultCubeSize.h,
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
  const belowCubes = cubes.reduce(
    (bottom, cube) => Math.max(bottom, cube.y + cube.props.h + gapBelowCubes),
    0,
  )
  return [
    ...cubes,
    ...itemRecords(model.items),
    ...links,
    ...valueZoneRecords(model, belowCubes, shapeIndices.at(-1) ?? null),
  ]
}

/** Vertical room per need and per offering on a card, beyond its header. */
const rowHeight = { need: 44, offering: 34, header: 170 }

/**
 * Personas down the left, the value zone in the middle and organisations down the right,
 * below any cubes; each card tall enough for what is written on it.
 */
function valueZoneRecords(model: BoardModel, top: number, after: IndexKey | null): TLRecord[] {
  if (model.personas.length === 0 && model.organisations.length === 0) return []
  const shape = (id: string, type: string, x: number, y: number, props: object) => {
    after = getIndexAbove(after)
    const record = {
      id,
      typeName: 'shape',
      type,
      x,
      y,
      rotation: 0,
      index: after,
      parentId: firstPageId,
      isLocked: false,
      opacity: 1,
      meta: {},
      props,
    }
    return record as unknown as TLRecord
  }
  const records: TLRecord[] = []
  let y = top
  for (const persona of model.personas) {
    const count = model.needs.filter((need) => need.personaId === persona.id).length
    const h = Math.max(380, rowHeight.header + count * rowHeight.need)
    const { name, description, face } = persona
    records.push(shape(persona.id, 'persona', 0, y, { w: 340, h, name, description, face }))
    y += h + 40
  }
  const personasBottom = y
  y = top
  for (const organisation of model.organisations) {
    const count = model.offerings.filter(
      (offering) => offering.organisationId === organisation.id,
    ).length
    const h = Math.max(460, rowHeight.header + count * rowHeight.offering)
    records.push(
      shape(organisation.id, 'organisation', 880, y, { w: 360, h, name: organisation.name }),
    )
    y += h + 40
  }
  const zoneHeight = Math.max(personasBottom, y) - top - 40
  records.push(shape(`shape:value-zone-${top}`, 'value_zone', 380, top, { w: 460, h: zoneHeight }))
  const indexOf = orderedIndices()
  for (const need of model.needs) {
    records.push({
      id: need.id,
      typeName: 'persona_need',
      personaId: need.personaId,
      text: need.text,
      stated: need.stated,
      index: indexOf(need.order),
      meta: {},
    } as unknown as TLRecord)
  }
  for (const offering of model.offerings) {
    records.push({
      id: offering.id,
      typeName: 'offering_item',
      organisationId: offering.organisationId,
      kind: offering.kind,
      text: offering.text,
      cubeItemId: offering.cubeItemId,
      index: indexOf(offering.order),
      meta: {},
    } as unknown as TLRecord)
  }
  for (const fulfilment of model.fulfilments) {
    records.push({ ...fulfilment, typeName: 'value_link', meta: {} } as unknown as TLRecord)
  }
  return records
}

/** Fractional indices by position: the nth of a group gets the nth key. */
function orderedIndices(): (order: number) => IndexKey {
  let keys: IndexKey[] = []
  return (order) => {
    if (order >= keys.length) keys = getIndices(Math.max(order + 1, keys.length * 2) + 1).slice(1)
    return keys[order]!
  }
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
