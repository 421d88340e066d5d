/** Who depends on whom in the cube network: dependencies of a cube, up- and downstream, and cycles. */
import type { BoardModel, ServiceLink } from '../board-model'

/** A cube reached from another one through service links. */
export interface DependencyStep {
  cubeId: string
  /** 1 for a direct dependency, more for a transitive one (the shortest way). */
  depth: number
  /** Cube ids from the starting cube to this one, both included. */
  path: string[]
  /** The service links along `path`, one per hop. */
  linkIds: string[]
}

export interface CubeDependencies {
  cubeId: string
  /** Cubes this one relies on: their services serve its process steps, and so on up. */
  upstream: DependencyStep[]
  /** Cubes that rely on this one, and so on down. */
  downstream: DependencyStep[]
  /** The dependency cycles this cube is part of. */
  cycles: string[][]
}

type Direction = 'upstream' | 'downstream'

/** Who a cube depends on and who depends on it, directly and transitively. */
export function dependenciesOf(model: BoardModel, cubeId: string): CubeDependencies {
  return {
    cubeId,
    upstream: reachable(model, cubeId, 'upstream'),
    downstream: reachable(model, cubeId, 'downstream'),
    cycles: dependencyCycles(model).filter((cycle) => cycle.includes(cubeId)),
  }
}

/** Breadth first, so each cube comes with its shortest path, nearest cubes first. */
function reachable(model: BoardModel, start: string, direction: Direction): DependencyStep[] {
  const next = neighbours(model.serviceLinks, direction)
  const steps: DependencyStep[] = []
  const seen = new Set([start])
  let frontier: DependencyStep[] = [{ cubeId: start, depth: 0, path: [start], linkIds: [] }]
  while (frontier.length > 0) {
    const following: DependencyStep[] = []
    for (const step of frontier) {
      for (const { cubeId, linkId } of next.get(step.cubeId) ?? []) {
        if (seen.has(cubeId)) continue
        seen.add(cubeId)
        following.push({
          cubeId,
          depth: step.depth + 1,
          path: [...step.path, cubeId],
          linkIds: [...step.linkIds, linkId],
        })
      }
    }
    steps.push(...following)
    frontier = following
  }
  return steps
}

/**
 * Every group of cubes that depend on each other in a circle, each given as the shortest
 * cycle through the group's first cube by id (path order, the start not repeated).
 */
export function dependencyCycles(model: BoardModel): string[][] {
  const upstream = neighbours(model.serviceLinks, 'upstream')
  return stronglyConnected(
    model.cubes.map((cube) => cube.id),
    upstream,
  )
    .filter((group) => group.length > 1)
    .map((group) => cycleThrough(group, upstream))
}

function neighbours(
  links: ServiceLink[],
  direction: Direction,
): Map<string, { cubeId: string; linkId: string }[]> {
  const edges = new Map<string, { cubeId: string; linkId: string }[]>()
  for (const link of [...links].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const [from, to] =
      direction === 'upstream'
        ? [link.consumerCubeId, link.providerCubeId]
        : [link.providerCubeId, link.consumerCubeId]
    const list = edges.get(from)
    if (list) list.push({ cubeId: to, linkId: link.id })
    else edges.set(from, [{ cubeId: to, linkId: link.id }])
  }
  return edges
}

/** Tarjan's algorithm, iterative so that a long chain of cubes cannot overflow the stack. */
function stronglyConnected(nodes: string[], edges: Map<string, { cubeId: string }[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const groups: string[][] = []
  let counter = 0
  for (const root of nodes) {
    if (index.has(root)) continue
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const targets = edges.get(frame.node) ?? []
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!.cubeId
        if (!index.has(target)) {
          index.set(target, counter)
          low.set(target, counter++)
          stack.push(target)
          onStack.add(target)
          work.push({ node: target, next: 0 })
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!))
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          group.push(member)
        } while (member !== frame.node)
        groups.push(group)
      }
    }
  }
  return groups
}

/** A closed walk from the group's first cube (by id) back to it, following dependencies. */
function cycleThrough(group: string[], edges: Map<string, { cubeId: string }[]>): string[] {
  const members = new Set(group)
  const start = [...group].sort()[0]!
  // Shortest way back to the start, within the group.
  const previous = new Map<string, string>()
  const queue = [start]
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at]!
    for (const { cubeId } of edges.get(node) ?? []) {
      if (!members.has(cubeId)) continue
      if (cubeId === start) {
        const cycle = [node]
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0]!)!)
        return cycle
      }
      if (previous.has(cubeId)) continue
      previous.set(cubeId, node)
      queue.push(cubeId)
    }
  }
  return group
}
