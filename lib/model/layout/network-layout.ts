/**
 * Where the cubes of a network go when laid out as the network reads: consumers above the
 * providers that serve them, each department's cubes together in a box of their own, no two
 * cubes overlapping and links kept short. The board's "Tidy up", boards made from an
 * imported model and the model page's network picture all place cubes with this one function.
 */
import dagre from '@dagrejs/dagre'
import type { CubeNetwork } from '../cubes/cube-model'

/** A rectangle on the page, from its top-left corner. */
export interface LayoutBox {
  x: number
  y: number
  w: number
  h: number
}

/** Where everything of a network goes, in one coordinate space starting at (0, 0). */
export interface NetworkLayout {
  /** Every cube's box, by cube id. */
  cubes: Record<string, LayoutBox>
  /** The box around each department's cubes, by department id (cubes without one: none). */
  departments: Record<string, LayoutBox>
  width: number
  height: number
}

export interface NetworkLayoutOptions {
  /** A cube's size as drawn; every cube is `defaultCubeSize` unless said otherwise. */
  sizeOf?(cubeId: string): { w: number; h: number }
  /** Room between two cubes, and between a department's edge and its cubes. */
  gap?: number
  /** Room between a consumer and its provider below it, where links and their words run. */
  layerGap?: number
}

/** The size of an expanded cube on the board. */
export const defaultCubeSize = { w: 560, h: 460 } as const

type Network = Pick<CubeNetwork, 'cubes' | 'serviceLinks'>

/**
 * Lays out a cube network in two passes of dagre's layered layout: each department's cubes
 * among themselves, then the departments as blocks by the links between them. Consumers sit
 * above their providers, departments never mix or overlap, and every pass stays small, so
 * a thousand cubes take about as long as the largest department (dagre's own compound
 * layout is neither: it fails on some networks of a few dozen cubes and slows down sharply).
 * In a cycle one link runs upward. The same network and sizes give the same layout.
 */
export function layoutNetwork(network: Network, options: NetworkLayoutOptions = {}): NetworkLayout {
  const gap = options.gap ?? 80
  const layerGap = options.layerGap ?? 160
  const sizeOf = options.sizeOf ?? (() => defaultCubeSize)
  const departmentOf = new Map(network.cubes.map((cube) => [cube.id, cube.departmentId]))
  const links = network.serviceLinks.filter(
    (link) =>
      departmentOf.has(link.providerCubeId) &&
      departmentOf.has(link.consumerCubeId) &&
      link.providerCubeId !== link.consumerCubeId,
  )

  // First pass: each department on its own, from its own links.
  const groups = new Map<string, { cubeIds: string[]; inner: Placed }>()
  for (const cube of network.cubes) {
    const group = groups.get(cube.departmentId)
    if (group) group.cubeIds.push(cube.id)
    else groups.set(cube.departmentId, { cubeIds: [cube.id], inner: emptyPlaced })
  }
  const pad = (departmentId: string) => (departmentId ? gap / 2 : 0)
  for (const [departmentId, group] of groups) {
    const inside = new Set(group.cubeIds)
    group.inner = layered(
      group.cubeIds.map((id) => ({ id, ...sizeOf(id) })),
      links
        .filter((link) => inside.has(link.providerCubeId) && inside.has(link.consumerCubeId))
        .map((link) => ({ from: link.consumerCubeId, to: link.providerCubeId })),
      { gap, layerGap, margin: pad(departmentId) },
    )
  }

  // Second pass: departments as blocks, linked where their cubes are. Node ids are never
  // empty (cubes without a department are the group ''): dagre takes '' for no node.
  const block = (departmentId: string) => `department:${departmentId}`
  const outer = layered(
    [...groups].map(([id, { inner }]) => ({ id: block(id), w: inner.width, h: inner.height })),
    links
      .map((link) => ({
        from: block(departmentOf.get(link.consumerCubeId)!),
        to: block(departmentOf.get(link.providerCubeId)!),
      }))
      .filter((link) => link.from !== link.to),
    { gap, layerGap, margin: 0 },
  )

  const layout: NetworkLayout = {
    cubes: {},
    departments: {},
    width: outer.width,
    height: outer.height,
  }
  for (const [departmentId, { inner }] of groups) {
    const at = outer.boxes.get(block(departmentId))!
    if (departmentId) layout.departments[departmentId] = at
    for (const [cubeId, box] of inner.boxes) {
      layout.cubes[cubeId] = { ...box, x: box.x + at.x, y: box.y + at.y }
    }
  }
  return layout
}

interface Placed {
  boxes: Map<string, LayoutBox>
  width: number
  height: number
}

const emptyPlaced: Placed = { boxes: new Map(), width: 0, height: 0 }

/** One layered layout: `from` above `to`; parallel links count as a stronger pull. */
function layered(
  nodes: { id: string; w: number; h: number }[],
  edges: { from: string; to: string }[],
  spacing: { gap: number; layerGap: number; margin: number },
): Placed {
  const graph = new dagre.graphlib.Graph()
  graph.setGraph({
    rankdir: 'TB',
    nodesep: spacing.gap,
    ranksep: spacing.layerGap,
    marginx: spacing.margin,
    marginy: spacing.margin,
  })
  for (const node of nodes) graph.setNode(node.id, { width: node.w, height: node.h })
  for (const { from, to } of edges) {
    const weight = (graph.edge(from, to)?.weight ?? 0) + 1
    graph.setEdge(from, to, { weight, minlen: 1 })
  }
  dagre.layout(graph)
  const boxes = new Map<string, LayoutBox>()
  for (const node of nodes) {
    const placed = graph.node(node.id)
    boxes.set(node.id, {
      x: (placed.x ?? 0) - node.w / 2,
      y: (placed.y ?? 0) - node.h / 2,
      w: node.w,
      h: node.h,
    })
  }
  const { width = 0, height = 0 } = graph.graph()
  return { boxes, width, height }
}
