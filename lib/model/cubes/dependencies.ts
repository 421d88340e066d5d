/** Who depends on whom in the cube network: dependencies of a cube, up- and downstream, and cycles. */
import type { BoardModel, ServiceLink } from '../board-model'
import { compareIds } from '../ordering'

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

/**
 * Who a cube depends on and who depends on it, directly and transitively, and the cycles it
 * is in. Pass the network's `cycles` when asking for many cubes, so they are found once.
 */
export function dependenciesOf(
  model: Pick<BoardModel, 'cubes' | 'serviceLinks'>,
  cubeId: string,
  cycles: string[][] = dependencyCycles(model),
): CubeDependencies {
  return {
    cubeId,
    upstream: reachable(model, cubeId, 'upstream'),
    downstream: reachable(model, cubeId, 'downstream'),
    cycles: cycles.filter((cycle) => cycle.includes(cubeId)),
  }
}

/** Breadth first, so each cube comes with its shortest path, nearest cubes first. */
function reachable(
  model: Pick<BoardModel, 'serviceLinks'>,
  start: string,
  direction: Direction,
): DependencyStep[] {
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

/** The dependency cycles of a network, and how far the search for them went. */
export interface CycleAnalysis {
  /**
   * Every elementary cycle once, as cube ids in "relies on" order (each cube relies on the
   * next, the last on the first), starting at its smallest id; shortest first.
   */
  cycles: string[][]
  /** Groups of cubes that all depend on each other (strongly connected), each sorted by id. */
  groups: string[][]
  /** False when the search stopped at its limits on a huge tangle: `cycles` is then a part. */
  complete: boolean
}

/** Limits of the cycle search: a dense tangle of cubes can hold more cycles than anyone reads. */
export interface CycleLimits {
  maxCycles: number
  /** Edges followed in all, so that a tangle with few but long-hidden cycles stops too. */
  maxSteps: number
}

const defaultLimits: CycleLimits = { maxCycles: 1000, maxSteps: 2_000_000 }

/** Every elementary dependency cycle (see `cycleAnalysis`). */
export function dependencyCycles(model: Pick<BoardModel, 'cubes' | 'serviceLinks'>): string[][] {
  return cycleAnalysis(model).cycles
}

/**
 * The dependency cycles of a board's cube network (Johnson's algorithm, within each group of
 * mutually dependent cubes), and the groups themselves.
 */
export function cycleAnalysis(
  model: Pick<BoardModel, 'cubes' | 'serviceLinks'>,
  limits: CycleLimits = defaultLimits,
): CycleAnalysis {
  const upstream = cubeEdges(model.serviceLinks)
  const groups = stronglyConnected(
    model.cubes.map((cube) => cube.id),
    upstream,
  )
    .filter((group) => group.length > 1)
    .map((group) => group.sort(compareIds))
    .sort((a, b) => compareIds(a[0]!, b[0]!))
  const search = { cycles: [] as string[][], steps: 0, limits }
  for (const group of groups) {
    if (!cyclesWithin(group, upstream, search)) break
  }
  return {
    cycles: search.cycles.sort(
      (a, b) => a.length - b.length || compareIds(a.join('\n'), b.join('\n')),
    ),
    groups,
    complete: search.cycles.length < limits.maxCycles && search.steps < limits.maxSteps,
  }
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

/** Who relies on whom, cube to cube: one edge per pair however many links join them. */
function cubeEdges(links: ServiceLink[]): Map<string, string[]> {
  const edges = new Map<string, Set<string>>()
  for (const link of links) {
    const targets = edges.get(link.consumerCubeId) ?? new Set<string>()
    targets.add(link.providerCubeId)
    edges.set(link.consumerCubeId, targets)
  }
  return new Map([...edges].map(([from, to]) => [from, [...to].sort(compareIds)]))
}

interface CycleSearch {
  cycles: string[][]
  steps: number
  limits: CycleLimits
}

/**
 * Johnson's search within one group: from its smallest cube, the circuits back to it; then
 * without that cube, from the smallest cube still in a cycle, and so on (each cycle is found
 * once, from its smallest cube). False once a limit is reached.
 */
function cyclesWithin(group: string[], edges: Map<string, string[]>, search: CycleSearch): boolean {
  const position = new Map(group.map((node, at) => [node, at]))
  let from = 0
  while (from < group.length) {
    const remaining = group.slice(from)
    const allowed = new Set(remaining)
    const within = new Map(
      remaining.map((node) => [node, (edges.get(node) ?? []).filter((to) => allowed.has(to))]),
    )
    const components = stronglyConnected(remaining, within).filter((c) => c.length > 1)
    if (components.length === 0) return true
    // The component holding the smallest cube still in a cycle: its circuits start there.
    const first = (component: string[]) =>
      component.reduce((least, node) => Math.min(least, position.get(node)!), Infinity)
    const component = components.reduce((a, b) => (first(a) <= first(b) ? a : b))
    const start = group[first(component)]!
    const members = new Set(component)
    const next = (node: string) => (within.get(node) ?? []).filter((to) => members.has(to))
    if (!circuitsFrom(start, next, search)) return false
    from = position.get(start)! + 1
  }
  return true
}

/** The circuits from `start` back to it (Johnson's blocking keeps the search linear per cycle). */
function circuitsFrom(
  start: string,
  next: (node: string) => string[],
  search: CycleSearch,
): boolean {
  const blocked = new Set<string>([start])
  const blockedBy = new Map<string, Set<string>>()
  const unblock = (node: string) => {
    const pending = [node]
    while (pending.length > 0) {
      const current = pending.pop()!
      if (!blocked.delete(current)) continue
      const waiting = blockedBy.get(current)
      if (!waiting) continue
      blockedBy.delete(current)
      pending.push(...waiting)
    }
  }
  const path = [start]
  const frames = [{ node: start, targets: next(start), at: 0, closed: false }]
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!
    if (frame.at < frame.targets.length) {
      const target = frame.targets[frame.at++]!
      if (++search.steps >= search.limits.maxSteps) return false
      if (target === start) {
        search.cycles.push([...path])
        frame.closed = true
        if (search.cycles.length >= search.limits.maxCycles) return false
      } else if (!blocked.has(target)) {
        path.push(target)
        blocked.add(target)
        frames.push({ node: target, targets: next(target), at: 0, closed: false })
      }
      continue
    }
    frames.pop()
    path.pop()
    if (frame.closed) unblock(frame.node)
    else {
      for (const target of frame.targets) {
        const waiting = blockedBy.get(target) ?? new Set<string>()
        waiting.add(frame.node)
        blockedBy.set(target, waiting)
      }
    }
    const parent = frames[frames.length - 1]
    if (parent && frame.closed) parent.closed = true
  }
  return true
}

/** Tarjan's algorithm, iterative so that a long chain of cubes cannot overflow the stack. */
function stronglyConnected(nodes: string[], edges: Map<string, string[]>): string[][] {
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
        const target = targets[frame.next++]!
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
