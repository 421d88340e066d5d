/** The rules a cube network in a model file must keep (see ../problems.ts). */
import type { BoardModel } from '../board-model'
import { checkOrders, type ModelProblems } from '../problems'
import { foldedDepartment } from './departments'
import { checkServiceLink } from './service-link-rules'
import { faceOfItemKind } from './vocabulary'

/**
 * Departments named as the board names them and listing exactly their cubes; items on cubes
 * of the file, on the face of their kind, process steps in a process of their cube; links
 * that keep the link rules between the cubes their items are on.
 */
export function checkCubeNetwork(model: BoardModel, problems: ModelProblems): void {
  checkDepartments(model, problems)
  checkItems(model, problems)
  checkLinks(model, problems)
}

function checkDepartments(model: BoardModel, problems: ModelProblems): void {
  const departments = new Map(model.departments.map((d) => [d.id, d]))
  const cubes = new Map(model.cubes.map((cube) => [cube.id, cube]))
  const listed = new Map(model.departments.map((d) => [d.id, new Set(d.cubeIds)]))
  model.departments.forEach((department, at) => {
    const expected = foldedDepartment(department.name).id
    if (department.id !== expected) {
      problems.add(
        ['departments', at, 'id'],
        'department-id',
        `a department's id is its name in lower case with single spaces: "${expected}", not "${department.id}"`,
      )
    }
    department.cubeIds.forEach((cubeId, index) => {
      const cube = cubes.get(cubeId)
      if (!cube || cube.departmentId !== department.id) {
        problems.add(
          ['departments', at, 'cubeIds', index],
          'department-cubes',
          cube
            ? `cube "${cubeId}" belongs to department "${cube.departmentId}", not to this one`
            : `no cube has the id "${cubeId}"`,
        )
      }
    })
  })
  model.cubes.forEach((cube, at) => {
    const department = departments.get(cube.departmentId)
    if (!department) {
      problems.add(
        ['cubes', at, 'departmentId'],
        'known-department',
        `no department has the id "${cube.departmentId}"`,
      )
    } else if (!listed.get(department.id)!.has(cube.id)) {
      problems.add(
        ['cubes', at, 'departmentId'],
        'department-cubes',
        `department "${cube.departmentId}" does not list this cube in its cubeIds`,
      )
    }
  })
}

function checkItems(model: BoardModel, problems: ModelProblems): void {
  const cubes = new Set(model.cubes.map((cube) => cube.id))
  const items = new Map(model.items.map((item) => [item.id, item]))
  model.items.forEach((item, at) => {
    if (!cubes.has(item.cubeId)) {
      problems.add(['items', at, 'cubeId'], 'known-cube', `no cube has the id "${item.cubeId}"`)
    }
    if (faceOfItemKind[item.kind] !== item.face) {
      problems.add(
        ['items', at, 'face'],
        'face-of-kind',
        `a ${item.kind} goes on the ${faceOfItemKind[item.kind]} face, not on the ${item.face}`,
      )
    }
    if (item.kind !== 'process-step') {
      if (item.processId !== null) {
        problems.add(
          ['items', at, 'processId'],
          'step-in-process',
          `only a process step has a processId; this is a ${item.kind}`,
        )
      }
      return
    }
    const process = item.processId === null ? undefined : items.get(item.processId)
    if (!process || process.kind !== 'process' || process.cubeId !== item.cubeId) {
      problems.add(
        ['items', at, 'processId'],
        'step-in-process',
        `a process step belongs to a process on its own cube; "${item.processId}" is not one`,
      )
    }
  })
  checkOrders(
    problems,
    'items',
    model.items,
    (item) => `${item.cubeId}|${item.kind}|${item.processId ?? ''}`,
    'group (cube, kind and process)',
  )
}

function checkLinks(model: BoardModel, problems: ModelProblems): void {
  const items = new Map(model.items.map((item) => [item.id, item]))
  const kept = new Map(model.serviceLinks.map((link) => [link.id, link]))
  // The link accepted for each step: the rules only compare a link with those of its step.
  const accepted = new Map<string, BoardModel['serviceLinks'][number]>()
  model.serviceLinks.forEach((link, at) => {
    const before = accepted.get(link.stepId)
    const verdict = checkServiceLink(
      items.get(link.serviceId),
      items.get(link.stepId),
      before ? [before] : [],
    )
    if (!verdict.allowed) {
      problems.add(['serviceLinks', at], verdict.rule, linkProblem(link, verdict.reason))
      return
    }
    accepted.set(link.stepId, link)
    checkLinkCubes(problems, ['serviceLinks', at], link, items)
  })
  model.conflictingLinks.forEach((link, at) => {
    const winner = kept.get(link.keptLinkId)
    if (!winner || winner.stepId !== link.stepId) {
      problems.add(
        ['conflictingLinks', at, 'keptLinkId'],
        'conflict-kept',
        `a conflicting link names the link of its step that was kept; "${link.keptLinkId}" is none`,
      )
    }
    const verdict = checkServiceLink(items.get(link.serviceId), items.get(link.stepId), [])
    if (!verdict.allowed) {
      problems.add(['conflictingLinks', at], verdict.rule, linkProblem(link, verdict.reason))
      return
    }
    checkLinkCubes(problems, ['conflictingLinks', at], link, items)
  })
}

/** The cubes a link names are those of its service and its step. */
function checkLinkCubes(
  problems: ModelProblems,
  path: (string | number)[],
  link: BoardModel['serviceLinks'][number],
  items: Map<string, BoardModel['items'][number]>,
): void {
  const ends = [
    ['providerCubeId', items.get(link.serviceId)?.cubeId],
    ['consumerCubeId', items.get(link.stepId)?.cubeId],
  ] as const
  for (const [field, cubeId] of ends) {
    if (link[field] !== cubeId) {
      problems.add(
        [...path, field],
        'link-cubes',
        `the link's ${field} must be the cube its ${field === 'providerCubeId' ? 'service' : 'step'} is on, "${cubeId}"`,
      )
    }
  }
}

function linkProblem(link: { serviceId: string; stepId: string }, reason: string): string {
  return `${reason} (service "${link.serviceId}", step "${link.stepId}")`
}
