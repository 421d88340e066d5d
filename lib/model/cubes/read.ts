/**
 * Reads the cube network from a board's records: cube shapes, their face items and the
 * service links between them, keeping only what the board shows and the rules allow.
 */
import { z } from 'zod'
import { compareIds, orderedWithin } from '../ordering'
import { collectInto, type SectionReader } from '../section'
import type { Cube, Department, FaceItem } from './cube-model'
import { foldedDepartment } from './departments'
import { keptAndConflictingLinks } from './service-link-rules'
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

/**
 * The cube network's reader: items whose cube is gone are left out, and so are links whose
 * ends are gone or break the rules; a link that loses to another at one step is kept apart
 * as a conflict. Everything comes in one order on every peer: departments by name, cubes by
 * department and title, items by cube, face, kind and their order on the cube, links by id.
 */
export function cubeNetworkReader(): SectionReader {
  const cubes: (Cube & { department: string })[] = []
  const items: z.infer<typeof faceItem>[] = []
  const links: z.infer<typeof serviceLinkShape>[] = []
  const readers = [
    (record: unknown) => {
      const cube = cubeShape.safeParse(record)
      if (!cube.success) return false
      const { id, props } = cube.data
      const department = foldedDepartment(props.department)
      cubes.push({
        id,
        title: props.title.trim(),
        departmentId: department.id,
        department: department.name,
      })
      return true
    },
    collectInto(faceItem, items),
    collectInto(serviceLinkShape, links),
  ]
  return {
    take: (record) => readers.some((read) => read(record)),
    build(model) {
      model.departments = departmentsOf(cubes)
      const departmentOrder = new Map(model.departments.map((d, at) => [d.id, at]))
      model.cubes = cubes
        .sort(
          (a, b) =>
            departmentOrder.get(a.departmentId)! - departmentOrder.get(b.departmentId)! ||
            a.title.localeCompare(b.title) ||
            compareIds(a.id, b.id),
        )
        .map(({ id, title, departmentId }) => ({ id, title, departmentId }))
      for (const department of model.departments) department.cubeIds = []
      for (const cube of model.cubes) {
        model.departments[departmentOrder.get(cube.departmentId)!]!.cubeIds.push(cube.id)
      }
      model.items = itemsInOrder(items, model.cubes)
      Object.assign(
        model,
        keptAndConflictingLinks(
          links.map(({ id, props }) => ({ id, ...props })),
          model.items,
        ),
      )
    },
  }
}

/**
 * Departments by name, each named as its cube with the smallest id writes it, so every
 * peer picks the same spelling whatever order the records come in.
 */
function departmentsOf(cubes: (Cube & { department: string })[]): Department[] {
  const named = new Map<string, { name: string; cubeId: string }>()
  for (const cube of cubes) {
    const known = named.get(cube.departmentId)
    if (!known || compareIds(cube.id, known.cubeId) < 0) {
      named.set(cube.departmentId, { name: cube.department, cubeId: cube.id })
    }
  }
  return [...named]
    .map(([id, { name }]) => ({ id, name, cubeIds: [] as string[] }))
    .sort((a, b) => a.name.localeCompare(b.name) || compareIds(a.id, b.id))
}

/** Items of cubes on the board: by cube, face, kind, then (steps) their process, then order. */
function itemsInOrder(records: z.infer<typeof faceItem>[], cubes: Cube[]): FaceItem[] {
  const cubeOrder = new Map(cubes.map((cube, at) => [cube.id, at]))
  const numbered = orderedWithin(
    records.filter((item) => cubeOrder.has(item.cubeId)),
    (item) => `${item.cubeId}|${item.kind}|${item.processId ?? ''}`,
  )
  const orderOf = new Map(numbered.map((item) => [item.id, item.order]))
  const processOrder = (item: { processId: string | null }) =>
    item.processId === null ? -1 : (orderOf.get(item.processId) ?? Infinity)
  return numbered
    .sort(
      (a, b) =>
        cubeOrder.get(a.cubeId)! - cubeOrder.get(b.cubeId)! ||
        cubeFaces.indexOf(a.face) - cubeFaces.indexOf(b.face) ||
        faceItemKinds.indexOf(a.kind) - faceItemKinds.indexOf(b.kind) ||
        processOrder(a) - processOrder(b) ||
        compareIds(a.processId ?? '', b.processId ?? '') ||
        a.order - b.order,
    )
    .map(({ id, cubeId, face, kind, text, terms, processId, order }) => ({
      id,
      cubeId,
      face,
      kind,
      text,
      terms,
      processId,
      order,
    }))
}
