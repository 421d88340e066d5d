import { z } from 'zod'
import {
  boardModelVersion,
  type BoardModel,
  type Cube,
  type Department,
  type FaceItem,
  type FaceItemKind,
  type Fulfilment,
  type Organisation,
  type Persona,
  type ServiceLink,
  type VoteTally,
} from './board-model'
import { checkServiceLink } from './service-link-rules'
import {
  cubeFaces,
  cubeItemTypeName,
  cubeShapeType,
  faceItemKinds,
  serviceLinkShapeType,
} from './cubes/vocabulary'
import {
  offeringItemTypeName,
  offeringKinds,
  organisationShapeType,
  personaNeedTypeName,
  personaShapeType,
  valueLinkTypeName,
} from './value-zone/vocabulary'
import { privateMetaKey, votesMetaKey } from './record-marks'

const cubeShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(cubeShapeType),
  props: z.object({ title: z.string(), department: z.string() }),
})

const serviceLinkShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(serviceLinkShapeType),
  props: z.object({ serviceId: z.string(), stepId: z.string(), label: z.string() }),
})

const personaShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(personaShapeType),
  props: z.object({ name: z.string(), description: z.string(), face: z.string() }),
})

const organisationShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(organisationShapeType),
  props: z.object({ name: z.string() }),
})

const personaNeed = z.object({
  id: z.string(),
  typeName: z.literal(personaNeedTypeName),
  personaId: z.string(),
  text: z.string(),
  stated: z.boolean(),
  index: z.string(),
})

const offeringItem = z.object({
  id: z.string(),
  typeName: z.literal(offeringItemTypeName),
  organisationId: z.string(),
  kind: z.enum(offeringKinds),
  text: z.string(),
  cubeItemId: z.string().nullable(),
  index: z.string(),
})

const valueLink = z.object({
  id: z.string(),
  typeName: z.literal(valueLinkTypeName),
  needId: z.string(),
  offeringId: z.string(),
  note: z.string(),
})

const faceItem = z.object({
  id: z.string(),
  typeName: z.literal(cubeItemTypeName),
  cubeId: z.string(),
  face: z.enum(cubeFaces),
  kind: z.enum(faceItemKinds as [FaceItemKind, ...FaceItemKind[]]),
  text: z.string(),
  terms: z.string(),
  processId: z.string().nullable(),
  index: z.string(),
})

/**
 * Reads a board's records (tldraw's record layout, as JSON) into its model. Records of
 * other types are ignored, and so are records this version cannot read (a newer client's)
 * and items whose cube is gone: the model holds what the board shows.
 */
export function modelFromRecords(records: Iterable<unknown>): BoardModel {
  const cubes: Cube[] = []
  const departments = new Map<string, Department>()
  const rawItems: z.infer<typeof faceItem>[] = []
  const rawLinks: z.infer<typeof serviceLinkShape>[] = []
  const valueZone = {
    personas: [] as Persona[],
    organisations: [] as Organisation[],
    needs: [] as z.infer<typeof personaNeed>[],
    offerings: [] as z.infer<typeof offeringItem>[],
    links: [] as z.infer<typeof valueLink>[],
  }
  const votes: VoteTally[] = []
  for (const record of records) {
    // Private items (made in private mode, not revealed yet) are not part of the shared model.
    if (privateRecord.safeParse(record).success) continue
    votes.push(...votesOn(record))
    const cube = cubeShape.safeParse(record)
    if (cube.success) {
      const name = cube.data.props.department.trim().replace(/\s+/g, ' ')
      const departmentId = name.toLowerCase()
      const department = departments.get(departmentId)
      if (department) department.cubeIds.push(cube.data.id)
      else departments.set(departmentId, { id: departmentId, name, cubeIds: [cube.data.id] })
      cubes.push({ id: cube.data.id, title: cube.data.props.title.trim(), departmentId })
      continue
    }
    const item = faceItem.safeParse(record)
    if (item.success) {
      rawItems.push(item.data)
      continue
    }
    const link = serviceLinkShape.safeParse(record)
    if (link.success) {
      rawLinks.push(link.data)
      continue
    }
    readValueZoneRecord(record, valueZone)
  }
  const cubeIds = new Set(cubes.map((cube) => cube.id))
  const items = orderedItems(rawItems.filter((item) => cubeIds.has(item.cubeId)))
  return {
    version: boardModelVersion,
    departments: [...departments.values()].sort(byName),
    cubes: cubes.sort(byTitle),
    items,
    serviceLinks: validLinks(rawLinks, items),
    ...valueZoneModel(valueZone, items),
    votes: votes.sort((a, b) => a.vote.localeCompare(b.vote) || b.dots - a.dots),
  }
}

const privateRecord = z.object({ meta: z.object({ [privateMetaKey]: z.string() }) })

const votedRecord = z.object({
  id: z.string(),
  meta: z.object({ [votesMetaKey]: z.record(z.string(), z.number().int().min(0)) }),
})

function votesOn(record: unknown): VoteTally[] {
  const voted = votedRecord.safeParse(record)
  if (!voted.success) return []
  return Object.entries(voted.data.meta[votesMetaKey]).map(([vote, dots]) => ({
    targetId: voted.data.id,
    vote,
    dots,
  }))
}

type ValueZoneRecords = {
  personas: Persona[]
  organisations: Organisation[]
  needs: z.infer<typeof personaNeed>[]
  offerings: z.infer<typeof offeringItem>[]
  links: z.infer<typeof valueLink>[]
}

function readValueZoneRecord(record: unknown, into: ValueZoneRecords): void {
  const persona = personaShape.safeParse(record)
  if (persona.success) {
    const { id, props } = persona.data
    into.personas.push({
      id,
      name: props.name.trim(),
      description: props.description,
      face: props.face,
    })
    return
  }
  const organisation = organisationShape.safeParse(record)
  if (organisation.success) {
    into.organisations.push({ id: organisation.data.id, name: organisation.data.props.name.trim() })
    return
  }
  const need = personaNeed.safeParse(record)
  if (need.success) return void into.needs.push(need.data)
  const offering = offeringItem.safeParse(record)
  if (offering.success) return void into.offerings.push(offering.data)
  const link = valueLink.safeParse(record)
  if (link.success) into.links.push(link.data)
}

/**
 * Personas with their needs, organisations with their offerings, and the fulfilments that
 * count: a need (of a persona on the board) fulfilled by a product or service (of an
 * organisation on the board) — what the board counts in its coverage.
 */
function valueZoneModel(records: ValueZoneRecords, items: FaceItem[]) {
  const personaIds = new Set(records.personas.map((persona) => persona.id))
  const organisationIds = new Set(records.organisations.map((organisation) => organisation.id))
  const cubeItems = new Map(items.map((item) => [item.id, item]))
  const needs = numbered(
    records.needs.filter((need) => personaIds.has(need.personaId)),
    (need) => need.personaId,
  ).map(({ id, personaId, text, stated, order }) => ({ id, personaId, text, stated, order }))
  const offerings = numbered(
    records.offerings.filter((offering) => organisationIds.has(offering.organisationId)),
    (offering) => `${offering.organisationId}|${offering.kind}`,
  ).map(({ id, organisationId, kind, text, cubeItemId, order }) => ({
    id,
    organisationId,
    kind,
    text: (cubeItemId && cubeItems.get(cubeItemId)?.text) || text,
    cubeItemId,
    order,
  }))
  const needIds = new Set(needs.map((need) => need.id))
  const fulfilling = new Set(
    offerings
      .filter((offering) => offering.kind === 'product' || offering.kind === 'service')
      .map((o) => o.id),
  )
  const fulfilments: Fulfilment[] = records.links
    .filter((link) => needIds.has(link.needId) && fulfilling.has(link.offeringId))
    .sort((a, b) => compare(a.id, b.id))
    .map(({ id, needId, offeringId, note }) => ({ id, needId, offeringId, note }))
  return {
    personas: records.personas.sort((a, b) => a.name.localeCompare(b.name) || compare(a.id, b.id)),
    needs,
    organisations: records.organisations.sort(
      (a, b) => a.name.localeCompare(b.name) || compare(a.id, b.id),
    ),
    offerings,
    fulfilments,
  }
}

/** Records in board order, each numbered (`order`) within its group. */
function numbered<T extends { id: string; index: string }>(
  records: T[],
  groupOf: (record: T) => string,
) {
  const counts = new Map<string, number>()
  return [...records]
    .sort((a, b) => compare(a.index, b.index) || compare(a.id, b.id))
    .map((record) => {
      const group = groupOf(record)
      const order = counts.get(group) ?? 0
      counts.set(group, order + 1)
      return { ...record, order }
    })
}

/**
 * The links that keep the rules, in id order: of two links two people made to one step at
 * the same moment, every peer (and the server) keeps the same one.
 */
function validLinks(links: z.infer<typeof serviceLinkShape>[], items: FaceItem[]): ServiceLink[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  const accepted: ServiceLink[] = []
  for (const link of [...links].sort((a, b) => compare(a.id, b.id))) {
    const service = byId.get(link.props.serviceId)
    const step = byId.get(link.props.stepId)
    if (!service || !step || !checkServiceLink(service, step, accepted).allowed) continue
    accepted.push({
      id: link.id,
      serviceId: service.id,
      stepId: step.id,
      providerCubeId: service.cubeId,
      consumerCubeId: step.cubeId,
      label: link.props.label,
    })
  }
  return accepted
}

/** Items in their on-board order, each numbered within its group. */
function orderedItems(items: z.infer<typeof faceItem>[]): FaceItem[] {
  const sorted = [...items].sort((a, b) => compare(a.index, b.index) || compare(a.id, b.id))
  const groups = new Map<string, number>()
  return sorted.map((item) => {
    const group = `${item.cubeId}|${item.kind}|${item.processId ?? ''}`
    const order = groups.get(group) ?? 0
    groups.set(group, order + 1)
    const { id, cubeId, face, kind, text, terms, processId } = item
    return { id, cubeId, face, kind, text, terms, processId, order }
  })
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name) || compare(a.name, b.name)
}

function byTitle(a: Cube, b: Cube): number {
  return a.title.localeCompare(b.title) || compare(a.id, b.id)
}
