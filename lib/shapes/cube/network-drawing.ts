// The service network as plain geometry: where each box, arrow and department frame goes, for the SVG and the handout alike.
import type { BoardModel } from '@/lib/model'
import { boardGaps, counted, cubeTitles, cycleAnalysis, departmentRelations } from '@/lib/model'
import { coloursOfDepartment, departmentColoursOf } from './department-colours'
import { networkLayout, type LayoutCube } from './network-layout'

/** Above this many cubes the picture shows departments instead: one box each. */
export const pictureCubeLimit = 250

const box = { w: 188, h: 56 }
/** Room around the drawing, inside its frame. */
export const drawingPadding = 24
/** Small boxes want less room than cubes on the canvas. */
const spacing = { between: 28, layers: 64, department: 18 }

/** One box of the picture: a cube, or a department on a board too large to draw by cube. */
export interface DrawnNode {
  id: string
  x: number
  y: number
  w: number
  h: number
  /** The cube's title or the department's name, clipped to fit the box. */
  label: string
  /** Its department's name, or how many cubes a department has. */
  sub: string
  /** Fill and edge in the department's colours, as the canvas gives them. */
  fill: string
  edge: string
  /** Steps with no provider: a gap the room should talk about. */
  gaps: number
}

/** One arrow: from the provider to the consumer it serves, however many links the pair has. */
export interface DrawnEdge {
  from: string
  to: string
  x1: number
  y1: number
  x2: number
  y2: number
  links: number
  inCycle: boolean
}

/** The whole picture, in one coordinate space that starts at 0, 0 (padding included). */
export interface NetworkDrawing {
  width: number
  height: number
  /** One box per cube, or per department on a large board. */
  byCube: boolean
  caption: string
  nodes: DrawnNode[]
  edges: DrawnEdge[]
  /** A named dashed frame around each department's cubes (when drawn by cube). */
  departments: { name: string; x: number; y: number; w: number; h: number }[]
  /** Each department with its colour, in the board's order. */
  legend: { name: string; fill: string; edge: string }[]
}

/**
 * The board's service network laid out as Tidy up lays out the canvas (consumers above the
 * cubes they rely on, departments together), ready to draw: the model page's SVG and the
 * handout's PDF page both draw this, so they cannot disagree. Boards of more than
 * {@link pictureCubeLimit} cubes are drawn as their departments.
 */
export function networkDrawing(model: BoardModel): NetworkDrawing {
  const names = new Map(model.departments.map((d) => [d.id, d.name]))
  const colours = departmentColoursOf(names.values())
  const colourOf = (departmentId: string) =>
    coloursOfDepartment(colours, names.get(departmentId) ?? '')
  const picture = model.cubes.length > pictureCubeLimit ? byDepartment(model) : byCube(model)
  const layout = networkLayout(
    picture.nodes,
    picture.edges.map((e) => ({ providerCubeId: e.from, consumerCubeId: e.to })),
    { x: drawingPadding, y: drawingPadding },
    spacing,
  )
  const nodes: DrawnNode[] = picture.nodes.map((node) => {
    const { x, y } = layout.get(node.id)!
    const colour = colourOf(node.department)
    return {
      ...node,
      x,
      y,
      label: clip(node.label, 21),
      sub: clip(node.sub, 28),
      fill: colour.top,
      edge: colour.edge,
    }
  })
  const at = new Map(nodes.map((node) => [node.id, node]))
  const edges = picture.edges.map((edge): DrawnEdge => {
    const from = at.get(edge.from)!
    const to = at.get(edge.to)!
    return {
      ...edge,
      x1: from.x + from.w / 2,
      y1: from.y,
      x2: to.x + to.w / 2,
      y2: to.y + to.h,
    }
  })
  const departments = picture.byCube ? groupBoxes(picture.nodes, nodes, names) : []
  return {
    width: Math.max(...nodes.map((n) => n.x + n.w), 0) + drawingPadding,
    height: Math.max(...nodes.map((n) => n.y + n.h), 0) + drawingPadding,
    byCube: picture.byCube,
    caption: picture.caption,
    nodes,
    edges,
    departments,
    legend: model.departments.map((d) => {
      const colour = colourOf(d.id)
      return { name: d.name || 'No department', fill: colour.top, edge: colour.edge }
    }),
  }
}

interface Node extends LayoutCube {
  label: string
  sub: string
  gaps: number
}

interface Edge {
  from: string
  to: string
  links: number
  inCycle: boolean
}

/** Every cube, its links by pair, and which pairs are in a cycle. */
function byCube(model: BoardModel) {
  const titles = cubeTitles(model)
  const departmentNames = new Map(model.departments.map((d) => [d.id, d.name]))
  const gaps = new Map<string, number>()
  for (const step of boardGaps(model).unprovidedSteps) {
    gaps.set(step.cubeId, (gaps.get(step.cubeId) ?? 0) + 1)
  }
  const nodes: Node[] = model.cubes.map((cube) => ({
    id: cube.id,
    ...box,
    department: cube.departmentId,
    label: titles.get(cube.id) ?? '',
    sub: departmentNames.get(cube.departmentId) || 'No department',
    gaps: gaps.get(cube.id) ?? 0,
  }))
  const group = new Map<string, number>()
  cycleAnalysis(model).groups.forEach((members, at) => members.forEach((id) => group.set(id, at)))
  const edges = byPair(
    model.serviceLinks.map((link) => [link.providerCubeId, link.consumerCubeId]),
    (from, to) => group.has(from) && group.get(from) === group.get(to),
  )
  const cycleLinks = edges.filter((edge) => edge.inCycle).length
  const caption = `The service network: ${counted(model.cubes.length, 'cube')} in ${counted(model.departments.length, 'department')}, ${counted(edges.length, 'linked pair')}${cycleLinks ? `, ${counted(cycleLinks, 'pair')} in a cycle` : ''}`
  return { nodes, edges, caption, byCube: true }
}

/** Each department as one box, and what its services serve in the others. */
function byDepartment(model: BoardModel) {
  const cubes = new Map<string, number>()
  for (const cube of model.cubes)
    cubes.set(cube.departmentId, (cubes.get(cube.departmentId) ?? 0) + 1)
  const gaps = new Map<string, number>()
  const departmentOf = new Map(model.cubes.map((cube) => [cube.id, cube.departmentId]))
  for (const step of boardGaps(model).unprovidedSteps) {
    const department = departmentOf.get(step.cubeId)!
    gaps.set(department, (gaps.get(department) ?? 0) + 1)
  }
  const nodes: Node[] = model.departments.map((department) => ({
    id: department.id,
    ...box,
    department: department.id,
    label: department.name || 'No department',
    sub: counted(cubes.get(department.id) ?? 0, 'cube'),
    gaps: gaps.get(department.id) ?? 0,
  }))
  const pairs = departmentRelations(model).flatMap((relations) =>
    relations.provides
      .filter((exchange) => exchange.otherDepartmentId !== relations.departmentId)
      .map((exchange): [string, string] => [relations.departmentId, exchange.otherDepartmentId]),
  )
  const edges = byPair(pairs, () => false)
  const caption = `The service network by department (${counted(model.cubes.length, 'cube')} are too many to draw one by one): ${counted(model.departments.length, 'department')}, ${counted(edges.length, 'linked pair')}`
  return { nodes, edges, caption, byCube: false }
}

function byPair(pairs: [string, string][], inCycle: (from: string, to: string) => boolean): Edge[] {
  const edges = new Map<string, Edge>()
  for (const [from, to] of pairs) {
    if (from === to) continue
    const key = `${from} ${to}`
    const edge = edges.get(key) ?? { from, to, links: 0, inCycle: inCycle(from, to) }
    edge.links++
    edges.set(key, edge)
  }
  return [...edges.values()]
}

/** The box around each department's nodes, named. */
function groupBoxes(nodes: Node[], placed: DrawnNode[], names: ReadonlyMap<string, string>) {
  const groups = new Map<
    string,
    { name: string; x: number; y: number; right: number; bottom: number }
  >()
  nodes.forEach((node, index) => {
    const { x, y, w, h } = placed[index]!
    const group = groups.get(node.department)
    if (!group) {
      groups.set(node.department, {
        name: names.get(node.department) || 'No department',
        x,
        y,
        right: x + w,
        bottom: y + h,
      })
      return
    }
    group.x = Math.min(group.x, x)
    group.y = Math.min(group.y, y)
    group.right = Math.max(group.right, x + w)
    group.bottom = Math.max(group.bottom, y + h)
  })
  return [...groups.values()].map((g) => ({
    name: g.name,
    x: g.x,
    y: g.y,
    w: g.right - g.x,
    h: g.bottom - g.y,
  }))
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
