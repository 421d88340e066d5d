/**
 * The value zone of a model as board records: personas down the left, the value zone in the
 * middle and organisations down the right, each card tall enough for what is written on it,
 * with their needs, offerings and "fulfilled by" links. Ids are the model's.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, getIndices, type IndexKey } from '@tldraw/utils'
import {
  offeringItemTypeName,
  organisationShapeType,
  personaNeedTypeName,
  personaShapeType,
  valueLinkTypeName,
  valueZoneShapeType,
} from '@/lib/model'
import { onFirstPage } from '../pages'
import type { ModelWriter } from '../shape-schema'

/** Vertical room per need and per offering on a card, beyond its header. */
const rowHeight = { need: 44, offering: 34, header: 170 }

export const valueZoneFromModel: ModelWriter = (model, place) => {
  const { top } = place
  let after = place.after
  if (model.personas.length === 0 && model.organisations.length === 0) {
    return { records: [], bottom: top, after }
  }
  const shape = (id: string, type: string, x: number, y: number, props: object) => {
    after = getIndexAbove(after)
    const record = {
      id,
      typeName: 'shape',
      type,
      x,
      y,
      ...onFirstPage(after),
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
    records.push(shape(persona.id, personaShapeType, 0, y, { w: 340, h, name, description, face }))
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
      shape(organisation.id, organisationShapeType, 880, y, { w: 360, h, name: organisation.name }),
    )
    y += h + 40
  }
  const bottom = Math.max(personasBottom, y)
  const zoneHeight = bottom - top - 40
  records.push(
    shape(`shape:value-zone-${top}`, valueZoneShapeType, 380, top, { w: 460, h: zoneHeight }),
  )
  const indexOf = orderedIndices()
  for (const need of model.needs) {
    records.push({
      id: need.id,
      typeName: personaNeedTypeName,
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
      typeName: offeringItemTypeName,
      organisationId: offering.organisationId,
      kind: offering.kind,
      text: offering.text,
      cubeItemId: offering.cubeItemId,
      index: indexOf(offering.order),
      meta: {},
    } as unknown as TLRecord)
  }
  for (const fulfilment of model.fulfilments) {
    records.push({ ...fulfilment, typeName: valueLinkTypeName, meta: {} } as unknown as TLRecord)
  }
  return { records, bottom, after }
}

/** Fractional indices by position: the nth of a group gets the nth key. */
function orderedIndices(): (order: number) => IndexKey {
  let keys: IndexKey[] = []
  return (order) => {
    if (order >= keys.length) keys = getIndices(Math.max(order + 1, keys.length * 2) + 1).slice(1)
    return keys[order]!
  }
}
