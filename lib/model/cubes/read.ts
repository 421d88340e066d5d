/**
 * Reads the cube network from a board's records: cube shapes, their face items and the
 * service links between them, keeping only what the board shows and the rules allow.
 */
import { z } from 'zod'
import type { BoardModel } from '../board-model'
import { compareIds, orderedWithin } from '../ordering'
import { collectInto, type SectionReader } from '../section'
import type { Cube, Department, FaceItem, ServiceLink } from './cube-model'
import { checkServiceLink } from './service-link-rules'
import {
  cubeFaces,
  cubeItemTypeName,
  cubeShapeType,
  faceItemKinds,
  serviceLinkShapeType,
  type FaceItemKind,
} from './vocabulary'

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

/** The cube network's reader: items whose cube is gone are left out, and so are broken links. */
export function cubeNetworkReader(): SectionReader {
  const cubes: Cube[] = []
  const departments = new Map<string, Department>()
  const items: z.infer<typeof faceItem>[] = []
  const links: z.infer<typeof serviceLinkShape>[] = []
  const readers = [
    (record: unknown) => {
      const cube = cubeShape.safeParse(record)
      if (!cube.success) return false
      const name = cube.data.props.department.trim().replace(/\s+/g, ' ')
      const departmentId = name.toLowerCase()
      const department = departments.get(departmentId)
      if (department) department.cubeIds.push(cube.data.id)
      else departments.set(departmentId, { id: departmentId, name, cubeIds: [cube.data.id] })
      cubes.push({ id: cube.data.id, title: cube.data.props.title.trim(), departmentId })
      return true
    },
    collectInto(faceItem, items),
    collectInto(serviceLinkShape, links),
  ]
  return {
    take: (record) => readers.some((read) => read(record)),
    build(model) {
      const cubeIds = new Set(cubes.map((cube) => cube.id))
      model.departments = [...departments.values()].sort(byName)
      model.cubes = cubes.sort(byTitle)
      model.items = orderedWithin(
        items.filter((item) => cubeIds.has(item.cubeId)),
        (item) => `${item.cubeId}|${item.kind}|${item.processId ?? ''}`,
      ).map(({ id, cubeId, face, kind, text, terms, processId, order }) => ({
        id,
        cubeId,
        face,
        kind,
        text,
        terms,
        processId,
        order,
      }))
      model.serviceLinks = validLinks(links, model.items)
    },
  }
}

/**
 * The links that keep the rules, in id order: of two links two people made to one step at
 * the same moment, every peer (and the server) keeps the same one.
 */
function validLinks(
  links: z.infer<typeof serviceLinkShape>[],
  items: FaceItem[],
): BoardModel['serviceLinks'] {
  const byId = new Map(items.map((item) => [item.id, item]))
  const accepted: ServiceLink[] = []
  for (const link of [...links].sort((a, b) => compareIds(a.id, b.id))) {
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

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name) || compareIds(a.name, b.name)
}

function byTitle(a: Cube, b: Cube): number {
  return a.title.localeCompare(b.title) || compareIds(a.id, b.id)
}
