import { z } from 'zod'
import {
  boardModelVersion,
  type BoardModel,
  type Cube,
  type Department,
  type FaceItem,
  type FaceItemKind,
  type ServiceLink,
} from './board-model'
import { checkServiceLink } from './service-link-rules'

const cubeShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal('cube'),
  props: z.object({ title: z.string(), department: z.string() }),
})

const serviceLinkShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal('service-link'),
  props: z.object({ serviceId: z.string(), stepId: z.string(), label: z.string() }),
})

const faceItem = z.object({
  id: z.string(),
  typeName: z.literal('cube_item'),
  cubeId: z.string(),
  face: z.enum(['front-stage', 'experience', 'back-stage']),
  kind: z.enum([
    'product',
    'service',
    'brand',
    'channel',
    'journey-step',
    'process',
    'process-step',
    'organisation',
    'information',
    'it-application',
    'policy',
  ] satisfies FaceItemKind[]),
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
  for (const record of records) {
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
    if (link.success) rawLinks.push(link.data)
  }
  const cubeIds = new Set(cubes.map((cube) => cube.id))
  const items = orderedItems(rawItems.filter((item) => cubeIds.has(item.cubeId)))
  return {
    version: boardModelVersion,
    departments: [...departments.values()].sort(byName),
    cubes: cubes.sort(byTitle),
    items,
    serviceLinks: validLinks(rawLinks, items),
  }
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
