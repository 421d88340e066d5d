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

/** The top-left corner of each cube, by id, with the whole network's top-left at `origin`. */
export function networkLayout(
  cubes: readonly LayoutCube[],
  links: readonly LayoutLink[],
  origin: { x: number; y: number } = { x: 0, y: 0 },
  gap: LayoutSpacing = canvasSpacing,
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
  // Consumer above provider: the edge runs from the cube that relies to the one it relies on,
  // weighted by how many links the pair has, so busy pairs end up closest.
  const weights = new Map<string, number>()
  for (const { providerCubeId, consumerCubeId } of links) {
    if (providerCubeId === consumerCubeId || !ids.has(providerCubeId) || !ids.has(consumerCubeId))
      continue
    const key = `${consumerCubeId}\u0000${providerCubeId}`
    weights.set(key, (weights.get(key) ?? 0) + 1)
  }
  for (const [key, weight] of weights) {
    const [consumerCubeId, providerCubeId] = key.split('\u0000') as [string, string]
    graph.setEdge(consumerCubeId, providerCubeId, { weight, minlen: 1 })
  }
  dagre.layout(graph)
  const placed = cubes.map((cube) => {
    const { x, y } = graph.node(cube.id)
    return { id: cube.id, x: x - cube.w / 2, y: y - cube.h / 2 }
  })
  const left = Math.min(...placed.map((cube) => cube.x))
  const top = Math.min(...placed.map((cube) => cube.y))
  return new Map(
    placed.map(({ id, x, y }) => [
      id,
      { x: Math.round(origin.x + x - left), y: Math.round(origin.y + y - top) },
    ]),
  )
}
