/**
 * Where cubes stand when a board is laid out as its service network: consumers above the
 * cubes whose services they rely on, each department's cubes together, nothing overlapping,
 * links as short as the layered layout (dagre) makes them. Plain data in and out, so the
 * seeds of imported boards and the canvas's Tidy up lay out alike.
 */
import dagre from '@dagrejs/dagre'
import { foldedDepartment } from '@/lib/model'

export interface LayoutCube {
  id: string
  w: number
  h: number
  /** As written on the cube, or the model's department id (they fold alike). */
  department: string
}

/** A provider cube serving a step of a consumer cube. */
export interface LayoutLink {
  providerCubeId: string
  consumerCubeId: string
}

/** Room between cubes side by side, between layers, and around a department's cubes. */
export interface LayoutSpacing {
  between: number
  layers: number
  department: number
}

/** For cubes on the canvas (about 560 × 460 each). */
const canvasSpacing: LayoutSpacing = { between: 80, layers: 140, department: 40 }

/**
 * Past this many cubes, dagre's layered layout of every cube takes seconds (1.2–3.2 s for
 * 300 cubes, 3.3 s for 1,000 and about 35 s for 5,000 on the 2-core machine we measure on),
 * so the departments are laid out as the network instead, each department's cubes in a
 * grid inside its box (0.3 s for 1,000 cubes, 0.9 s for 5,000).
 */
export const cubeByCubeLimit = 200

/** The top-left corner of each cube, by id, with the whole network's top-left at `origin`. */
export function networkLayout(
  cubes: readonly LayoutCube[],
  links: readonly LayoutLink[],
  origin: { x: number; y: number } = { x: 0, y: 0 },
  gap: LayoutSpacing = canvasSpacing,
): Map<string, { x: number; y: number }> {
  const placed =
    cubes.length > cubeByCubeLimit ? byDepartment(cubes, links, gap) : byCube(cubes, links, gap)
  let left = Infinity
  let top = Infinity
  for (const { x, y } of placed.values()) {
    left = Math.min(left, x)
    top = Math.min(top, y)
  }
  return new Map(
    [...placed].map(([id, { x, y }]) => [
      id,
      { x: Math.round(origin.x + x - left), y: Math.round(origin.y + y - top) },
    ]),
  )
}

/** Every cube a node of the layered layout, departments as clusters. */
function byCube(
  cubes: readonly LayoutCube[],
  links: readonly LayoutLink[],
  gap: LayoutSpacing,
): Map<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: false })
  graph.setGraph({
    rankdir: 'TB',
    nodesep: gap.between,
    ranksep: gap.layers,
    marginx: 0,
    marginy: 0,
  })
  graph.setDefaultEdgeLabel(() => ({}))
  const ids = new Set(cubes.map((cube) => cube.id))
  for (const cube of cubes) {
    graph.setNode(cube.id, { width: cube.w, height: cube.h })
    // Departments are clusters: their cubes stay together, inside a margin of their own.
    const cluster = `department ${foldedDepartment(cube.department).id}`
    if (!graph.hasNode(cluster)) {
      graph.setNode(cluster, { paddingTop: gap.department, paddingBottom: gap.department })
    }
    graph.setParent(cube.id, cluster)
  }
  addRelianceEdges(
    graph,
    links.filter((l) => ids.has(l.providerCubeId) && ids.has(l.consumerCubeId)),
    (cubeId) => cubeId,
  )
  dagre.layout(graph)
  return new Map(
    cubes.map((cube) => {
      const { x, y } = graph.node(cube.id)
      return [cube.id, { x: x - cube.w / 2, y: y - cube.h / 2 }]
    }),
  )
}

/**
 * Each department a node of the layered layout, as big as a grid of its cubes (near square,
 * every cell the size of its largest cube), and its cubes in that grid, in the given order.
 */
function byDepartment(
  cubes: readonly LayoutCube[],
  links: readonly LayoutLink[],
  gap: LayoutSpacing,
): Map<string, { x: number; y: number }> {
  const departmentOf = new Map(cubes.map((c) => [c.id, foldedDepartment(c.department).id]))
  const members = new Map<string, LayoutCube[]>()
  for (const cube of cubes) {
    const department = departmentOf.get(cube.id)!
    const inside = members.get(department)
    if (inside) inside.push(cube)
    else members.set(department, [cube])
  }
  const graph = new dagre.graphlib.Graph({ multigraph: false })
  graph.setGraph({ rankdir: 'TB', nodesep: gap.between, ranksep: gap.layers })
  graph.setDefaultEdgeLabel(() => ({}))
  const grids = new Map<string, { columns: number; cellW: number; cellH: number }>()
  for (const [department, inside] of members) {
    const columns = Math.ceil(Math.sqrt(inside.length))
    const cellW = Math.max(...inside.map((cube) => cube.w)) + gap.between
    const cellH = Math.max(...inside.map((cube) => cube.h)) + gap.between
    grids.set(department, { columns, cellW, cellH })
    const rows = Math.ceil(inside.length / columns)
    graph.setNode(department, {
      width: columns * cellW + 2 * gap.department,
      height: rows * cellH + 2 * gap.department,
    })
  }
  addRelianceEdges(
    graph,
    links.filter((l) => departmentOf.has(l.providerCubeId) && departmentOf.has(l.consumerCubeId)),
    (cubeId) => departmentOf.get(cubeId)!,
  )
  dagre.layout(graph)
  const placed = new Map<string, { x: number; y: number }>()
  for (const [department, inside] of members) {
    const { x, y, width, height } = graph.node(department)
    const { columns, cellW, cellH } = grids.get(department)!
    inside.forEach((cube, at) => {
      placed.set(cube.id, {
        x: x - width / 2 + gap.department + (at % columns) * cellW,
        y: y - height / 2 + gap.department + Math.floor(at / columns) * cellH,
      })
    })
  }
  return placed
}

/**
 * Consumer above provider: an edge runs from the node that relies to the one it relies on,
 * weighted by how many links the pair has, so busy pairs end up closest.
 */
function addRelianceEdges(
  graph: InstanceType<typeof dagre.graphlib.Graph>,
  links: readonly LayoutLink[],
  nodeOf: (cubeId: string) => string,
): void {
  const weights = new Map<string, number>()
  for (const { providerCubeId, consumerCubeId } of links) {
    const provider = nodeOf(providerCubeId)
    const consumer = nodeOf(consumerCubeId)
    if (provider === consumer) continue
    const key = `${consumer}\u0000${provider}`
    weights.set(key, (weights.get(key) ?? 0) + 1)
  }
  for (const [key, weight] of weights) {
    const [consumer, provider] = key.split('\u0000') as [string, string]
    graph.setEdge(consumer, provider, { weight, minlen: 1 })
  }
}
