// The service network as a picture: cubes grouped by department, links as arrows, cycles and gaps marked.
import type { BoardModel } from '@/lib/model'
import {
  boardGaps,
  counted,
  cubeTitles,
  cycleAnalysis,
  departmentRelations,
  dependenciesOf,
} from '@/lib/model'
import { coloursOfDepartment, departmentColoursOf } from '@/lib/shapes/cube/department-colours'
import { networkLayout, type LayoutCube } from '@/lib/shapes/cube/network-layout'
import { ArrowHeadMarker } from '@/lib/shapes/service-link/arrow-head'

/** Above this many cubes the picture shows departments instead: one box each. */
export const pictureCubeLimit = 250

const box = { w: 188, h: 56 }
const pad = 24
/** Small boxes want less room than cubes on the canvas. */
const spacing = { between: 28, layers: 64, department: 18 }

interface Node extends LayoutCube {
  label: string
  sub: string
  /** Steps with no provider: a gap the room should talk about. */
  gaps: number
}

interface Edge {
  from: string
  to: string
  links: number
  inCycle: boolean
}

/**
 * The board's service network drawn as SVG, laid out as Tidy up lays out the canvas
 * (consumers above the cubes they rely on, departments together): arrows run from the
 * provider to the consumer it serves, links inside a cycle are red and dashed, a cube with
 * steps nobody provides carries a "!", and the traced cube with everything it relies on and
 * everything that relies on it is drawn bold. Plain SVG, so it shows without the canvas,
 * prints, and goes into the handout. Large boards are drawn as their departments.
 */
export function NetworkPicture({ model, tracedId }: { model: BoardModel; tracedId?: string }) {
  if (model.cubes.length === 0) return <p className="muted">No cubes on this board yet.</p>
  const picture =
    model.cubes.length > pictureCubeLimit ? departmentPicture(model) : cubePicture(model, tracedId)
  const { nodes, edges, highlighted, caption, grouped } = picture
  const layout = networkLayout(
    nodes,
    edges.map((e) => ({ providerCubeId: e.from, consumerCubeId: e.to })),
    { x: 0, y: 0 },
    spacing,
  )
  const at = (id: string) => layout.get(id)!
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const width = Math.max(...nodes.map((n) => at(n.id).x + n.w)) + pad * 2
  const height = Math.max(...nodes.map((n) => at(n.id).y + n.h)) + pad * 2
  const names = new Map(model.departments.map((d) => [d.id, d.name]))
  const departments = grouped ? groupBoxes(nodes, at, names) : []
  // The colours the canvas gives the board's departments.
  const colours = departmentColoursOf(names.values())
  return (
    <figure className="network-picture">
      <svg
        viewBox={`${-pad} ${-pad} ${width} ${height}`}
        width={Math.min(width, 960)}
        role="img"
        aria-label={caption}
        xmlns="http://www.w3.org/2000/svg"
      >
        <defs>
          <ArrowHeadMarker id="serves" fill="#1d2433" />
          <ArrowHeadMarker id="serves-in-cycle" fill="#b42318" />
        </defs>
        {departments.map((group) => (
          <g key={group.name} className="network-department">
            <rect
              x={group.x - 10}
              y={group.y - 22}
              width={group.w + 20}
              height={group.h + 32}
              rx={10}
              fill="none"
              stroke="#9aa3b5"
              strokeDasharray="4 4"
            />
            <text x={group.x - 4} y={group.y - 8} fontSize={11} fill="#5b6478">
              {group.name}
            </text>
          </g>
        ))}
        {edges.map((edge) => {
          const from = at(edge.from)
          const to = at(edge.to)
          const start = { x: from.x + byId.get(edge.from)!.w / 2, y: from.y }
          const end = { x: to.x + byId.get(edge.to)!.w / 2, y: to.y + byId.get(edge.to)!.h }
          const bold = highlighted.has(edge.from) && highlighted.has(edge.to)
          return (
            <line
              key={`${edge.from} ${edge.to}`}
              className={edge.inCycle ? 'network-link network-link-cycle' : 'network-link'}
              x1={start.x}
              y1={start.y}
              x2={end.x}
              y2={end.y}
              stroke={edge.inCycle ? '#b42318' : '#1d2433'}
              strokeWidth={bold ? 3 : 1.4}
              strokeDasharray={edge.inCycle ? '6 4' : undefined}
              opacity={highlighted.size > 0 && !bold ? 0.35 : 1}
              markerEnd={edge.inCycle ? 'url(#serves-in-cycle)' : 'url(#serves)'}
            >
              <title>{`${counted(edge.links, 'link')}${edge.inCycle ? ', in a cycle' : ''}`}</title>
            </line>
          )
        })}
        {nodes.map((node) => {
          const { x, y } = at(node.id)
          const fill = coloursOfDepartment(colours, names.get(node.department) ?? '')
          const bold = highlighted.has(node.id)
          return (
            <g key={node.id} className="network-cube" data-traced={bold || undefined}>
              <rect
                x={x}
                y={y}
                width={node.w}
                height={node.h}
                rx={6}
                fill={fill.top}
                stroke={fill.edge}
                strokeWidth={bold ? 3 : 1}
                opacity={highlighted.size > 0 && !bold ? 0.45 : 1}
              />
              <text x={x + 8} y={y + 22} fontSize={13} fontWeight={600} fill="#1d2433">
                {clip(node.label, 21)}
              </text>
              <text x={x + 8} y={y + 40} fontSize={11} fill="#3b4356">
                {clip(node.sub, 28)}
              </text>
              {node.gaps > 0 ? (
                <g className="network-gap">
                  <circle cx={x + node.w - 12} cy={y + 12} r={9} fill="#fff4d6" stroke="#9a6200" />
                  <text
                    x={x + node.w - 12}
                    y={y + 16}
                    fontSize={12}
                    fontWeight={700}
                    textAnchor="middle"
                    fill="#9a6200"
                  >
                    !
                  </text>
                  <title>{`${counted(node.gaps, 'process step')} with no provider`}</title>
                </g>
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption className="muted">
        {caption}. Arrows run from the provider to the consumer it serves; red dashed links are in a
        cycle; “!” marks process steps with no provider
        {highlighted.size > 0 ? '; the traced cube and its dependencies are bold' : ''}.
      </figcaption>
    </figure>
  )
}

/** Every cube, its links by pair, the cycles' links and the traced cube's dependencies. */
function cubePicture(model: BoardModel, tracedId: string | undefined) {
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
  const traced = tracedId ? dependenciesOf(model, tracedId) : null
  const highlighted = new Set(
    traced
      ? [
          tracedId!,
          ...traced.upstream.map((s) => s.cubeId),
          ...traced.downstream.map((s) => s.cubeId),
        ]
      : [],
  )
  const cycleLinks = edges.filter((edge) => edge.inCycle).length
  const caption = `The service network: ${counted(model.cubes.length, 'cube')} in ${counted(model.departments.length, 'department')}, ${counted(edges.length, 'linked pair')}${cycleLinks ? `, ${counted(cycleLinks, 'pair')} in a cycle` : ''}`
  return { nodes, edges, highlighted, caption, grouped: true }
}

/** Each department as one box, and what its services serve in the others. */
function departmentPicture(model: BoardModel) {
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
  return { nodes, edges, highlighted: new Set<string>(), caption, grouped: false }
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
function groupBoxes(
  nodes: Node[],
  at: (id: string) => { x: number; y: number },
  names: ReadonlyMap<string, string>,
) {
  const groups = new Map<
    string,
    { name: string; x: number; y: number; right: number; bottom: number }
  >()
  for (const node of nodes) {
    const { x, y } = at(node.id)
    const group = groups.get(node.department)
    if (!group) {
      groups.set(node.department, {
        name: names.get(node.department) || 'No department',
        x,
        y,
        right: x + node.w,
        bottom: y + node.h,
      })
      continue
    }
    group.x = Math.min(group.x, x)
    group.y = Math.min(group.y, y)
    group.right = Math.max(group.right, x + node.w)
    group.bottom = Math.max(group.bottom, y + node.h)
  }
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
