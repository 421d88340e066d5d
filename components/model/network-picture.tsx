// The service network as a picture: cubes grouped by department, links as arrows, cycles and gaps marked.
import { counted } from '@/lib/model'
import type { NetworkDrawing } from '@/lib/shapes/cube/network-drawing'
import { ArrowHeadMarker } from '@/lib/shapes/service-link/arrow-head'

/** Which cubes the picture draws bold, and why: a traced cube's dependencies, or what fails. */
export interface NetworkHighlight {
  cubeIds: ReadonlySet<string>
  /** `traced`: the traced cube and its dependencies; `affected`: what fails with a failure. */
  as: 'traced' | 'affected'
  /** Said in the caption, e.g. "the traced cube and its dependencies are bold". */
  note: string
}

/**
 * The board's service network (see {@link NetworkDrawing}) as SVG: arrows run from the
 * provider to the consumer it serves, links inside a cycle are red and dashed, a cube with
 * steps nobody provides carries a "!", and the highlighted cubes are bold (traced) or bold
 * and red (affected by a failure), the others faded. Plain SVG without hooks, so it renders
 * on the server and shows without the canvas.
 */
export function NetworkPicture({
  drawing,
  highlight,
}: {
  drawing: NetworkDrawing
  highlight?: NetworkHighlight
}) {
  if (drawing.nodes.length === 0) return <p className="muted">No cubes on this board yet.</p>
  const lit = drawing.byCube && highlight && highlight.cubeIds.size > 0 ? highlight : undefined
  const isLit = (id: string) => lit?.cubeIds.has(id) ?? false
  const litStroke = lit?.as === 'affected' ? '#b42318' : undefined
  return (
    <figure className="network-picture" data-highlight={lit?.as}>
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        width={Math.min(drawing.width, 960)}
        role="img"
        aria-label={drawing.caption}
        xmlns="http://www.w3.org/2000/svg"
      >
        <defs>
          <ArrowHeadMarker id="serves" fill="#1d2433" />
          <ArrowHeadMarker id="serves-in-cycle" fill="#b42318" />
        </defs>
        {drawing.departments.map((group) => (
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
        {drawing.edges.map((edge) => {
          const bold = isLit(edge.from) && isLit(edge.to)
          return (
            <line
              key={`${edge.from} ${edge.to}`}
              className={edge.inCycle ? 'network-link network-link-cycle' : 'network-link'}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              stroke={edge.inCycle ? '#b42318' : '#1d2433'}
              strokeWidth={bold ? 3 : 1.4}
              strokeDasharray={edge.inCycle ? '6 4' : undefined}
              opacity={lit && !bold ? 0.35 : 1}
              markerEnd={edge.inCycle ? 'url(#serves-in-cycle)' : 'url(#serves)'}
            >
              <title>{`${counted(edge.links, 'link')}${edge.inCycle ? ', in a cycle' : ''}`}</title>
            </line>
          )
        })}
        {drawing.nodes.map((node) => {
          const bold = isLit(node.id)
          return (
            <g
              key={node.id}
              className="network-cube"
              data-cube-id={drawing.byCube ? node.id : undefined}
              data-traced={(bold && lit?.as === 'traced') || undefined}
              data-affected={(bold && lit?.as === 'affected') || undefined}
            >
              <rect
                x={node.x}
                y={node.y}
                width={node.w}
                height={node.h}
                rx={6}
                fill={node.fill}
                stroke={(bold && litStroke) || node.edge}
                strokeWidth={bold ? 3 : 1}
                opacity={lit && !bold ? 0.45 : 1}
              />
              <text x={node.x + 8} y={node.y + 22} fontSize={13} fontWeight={600} fill="#1d2433">
                {node.label}
              </text>
              <text x={node.x + 8} y={node.y + 40} fontSize={11} fill="#3b4356">
                {node.sub}
              </text>
              {node.gaps > 0 ? (
                <g className="network-gap">
                  <circle
                    cx={node.x + node.w - 12}
                    cy={node.y + 12}
                    r={9}
                    fill="#fff4d6"
                    stroke="#9a6200"
                  />
                  <text
                    x={node.x + node.w - 12}
                    y={node.y + 16}
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
        {drawing.caption}. Arrows run from the provider to the consumer it serves; red dashed links
        are in a cycle; “!” marks process steps with no provider
        {lit ? `; ${lit.note}` : ''}.
      </figcaption>
    </figure>
  )
}
