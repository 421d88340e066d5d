/**
 * The cube network's answers for scripts and pages (`GET /api/boards/<id>/model/analysis`):
 * cycles, every cube's dependencies with their shortest paths, what each department provides
 * to and relies on from the others, and the network's gaps, as plain JSON.
 */
import type { BoardModel } from '../board-model'
import { compareIds } from '../ordering'
import { cycleAnalysis } from './dependencies'
import { departmentRelations, type DepartmentExchange } from './departments'
import { cubeNetworkGaps } from './gaps'
import { cubeTitles } from './names'

/** A cube reached through service links, and the shortest way there. */
export interface ReachedCube {
  cubeId: string
  /** 1 for a direct dependency, more for a transitive one. */
  distance: number
  /** Cube ids from the cube itself to this one, both included. */
  path: string[]
}

export interface CubeNetworkAnalysis {
  /** Every elementary dependency cycle, as cube ids in "relies on" order. */
  cycles: string[][]
  /** Groups of cubes that all depend on each other (each holds one or more cycles). */
  cycleGroups: string[][]
  /** False when a huge tangle held more cycles than the search lists (`cycles` is then a part). */
  cyclesComplete: boolean
  /** Per cube: whom it depends on and who relies on it, nearest first. */
  dependencies: Record<string, { dependsOn: ReachedCube[]; reliedOnBy: ReachedCube[] }>
  departments: {
    id: string
    name: string
    /** The departments whose steps this one's services serve, with the links. */
    provides: { departmentId: string; links: string[] }[]
    /** The departments whose services serve this one's steps, with the links. */
    reliesOn: { departmentId: string; links: string[] }[]
  }[]
  gaps: {
    /** Services no step of another cube consumes. */
    unusedServices: NamedItem[]
    /** Process steps no service of another cube provides. */
    unprovidedSteps: NamedItem[]
    emptyFaces: { cubeId: string; cube: string; faces: string[] }[]
    /** Links drawn to a step that already had a provider, with the link that was kept. */
    conflictingProviders: {
      linkId: string
      stepId: string
      step: string
      consumerCubeId: string
      consumer: string
      providerCubeId: string
      provider: string
      keptLinkId: string
    }[]
  }
}

/** An item with its words and its cube, as a gap list names it. */
export interface NamedItem {
  id: string
  name: string
  cubeId: string
  cube: string
}

/** `dependenciesOf`: list the dependencies of this cube only (a script asking about one cube of thousands). */
export function cubeNetworkAnalysis(
  model: BoardModel,
  options: { dependenciesOf?: string } = {},
): CubeNetworkAnalysis {
  const titles = cubeTitles(model)
  const items = new Map(model.items.map((item) => [item.id, item]))
  const named = (item: BoardModel['items'][number]): NamedItem => ({
    id: item.id,
    name: item.text,
    cubeId: item.cubeId,
    cube: titles.get(item.cubeId) ?? '',
  })
  const cycles = cycleAnalysis(model)
  const gaps = cubeNetworkGaps(model)
  return {
    cycles: cycles.cycles,
    cycleGroups: cycles.groups,
    cyclesComplete: cycles.complete,
    dependencies: allDependencies(model, options.dependenciesOf),
    departments: departmentRelations(model).map((relations) => ({
      id: relations.departmentId,
      name: model.departments.find((d) => d.id === relations.departmentId)?.name ?? '',
      provides: byDepartment(relations.provides),
      reliesOn: byDepartment(relations.reliesOn),
    })),
    gaps: {
      unusedServices: gaps.unconsumedServices.map(named),
      unprovidedSteps: gaps.unprovidedSteps.map(named),
      emptyFaces: gaps.cubesWithEmptyFaces.map(({ cubeId, faces }) => ({
        cubeId,
        cube: titles.get(cubeId) ?? '',
        faces,
      })),
      conflictingProviders: model.conflictingLinks.map((link) => ({
        linkId: link.id,
        stepId: link.stepId,
        step: items.get(link.stepId)?.text ?? '',
        consumerCubeId: link.consumerCubeId,
        consumer: titles.get(link.consumerCubeId) ?? '',
        providerCubeId: link.providerCubeId,
        provider: titles.get(link.providerCubeId) ?? '',
        keptLinkId: link.keptLinkId,
      })),
    },
  }
}

/** A department's exchanges grouped by the other department, in department order. */
function byDepartment(
  exchanges: DepartmentExchange[],
): { departmentId: string; links: string[] }[] {
  const links = new Map<string, string[]>()
  for (const exchange of exchanges) {
    const list = links.get(exchange.otherDepartmentId) ?? []
    list.push(exchange.linkId)
    links.set(exchange.otherDepartmentId, list)
  }
  return [...links]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([departmentId, ids]) => ({ departmentId, links: ids.sort(compareIds) }))
}

/**
 * Every cube's dependencies up- and downstream, by breadth-first search from each cube over
 * integer-indexed edges (so a 5,000-cube board answers in milliseconds), nearest first, each
 * with the shortest path (ties broken by cube order).
 */
function allDependencies(model: BoardModel, only?: string): CubeNetworkAnalysis['dependencies'] {
  const ids = model.cubes.map((cube) => cube.id)
  const indexOf = new Map(ids.map((id, at) => [id, at]))
  const upstream: number[][] = ids.map(() => [])
  const downstream: number[][] = ids.map(() => [])
  for (const link of model.serviceLinks) {
    const consumer = indexOf.get(link.consumerCubeId)
    const provider = indexOf.get(link.providerCubeId)
    if (consumer === undefined || provider === undefined) continue
    upstream[consumer]!.push(provider)
    downstream[provider]!.push(consumer)
  }
  for (const list of [...upstream, ...downstream]) list.sort((a, b) => a - b)
  const previous = new Int32Array(ids.length)
  const seenAt = new Int32Array(ids.length).fill(-1)
  let search = 0
  const reach = (start: number, edges: number[][]): ReachedCube[] => {
    search++
    seenAt[start] = search
    const found: ReachedCube[] = []
    let frontier = [start]
    for (let distance = 1; frontier.length > 0; distance++) {
      const next: number[] = []
      for (const node of frontier) {
        for (const target of edges[node]!) {
          if (seenAt[target] === search) continue
          seenAt[target] = search
          previous[target] = node
          next.push(target)
        }
      }
      for (const node of next) {
        const path = [ids[node]!]
        for (let at = node; at !== start;) {
          at = previous[at]!
          path.unshift(ids[at]!)
        }
        found.push({ cubeId: ids[node]!, distance, path })
      }
      frontier = next
    }
    return found
  }
  const dependencies: CubeNetworkAnalysis['dependencies'] = {}
  ids.forEach((id, at) => {
    if (only !== undefined && id !== only) return
    dependencies[id] = { dependsOn: reach(at, upstream), reliedOnBy: reach(at, downstream) }
  })
  return dependencies
}
