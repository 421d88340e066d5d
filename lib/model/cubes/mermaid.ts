/** The service network (and the journeys that rely on it) as a Mermaid flowchart, for the network.mmd export. */
import type { BoardModel } from '../board-model'

/**
 * The service network as a Mermaid flowchart: a box per cube, grouped by department, and
 * an arrow from provider to consumer for each service link, labelled "service → step".
 * Each customer-experience map is a group of its stages in order (pain points marked ⚠),
 * with a dotted arrow from a cube to each stage whose touchpoint points at the cube.
 */
export function serviceNetworkMermaid(model: BoardModel): string {
  const nodeIds = new Map(model.cubes.map((cube, index) => [cube.id, `cube${index + 1}`]))
  const items = new Map(model.items.map((item) => [item.id, item]))
  const lines = ['flowchart LR']
  model.departments.forEach((department, index) => {
    lines.push(`  subgraph department${index + 1}["${text(department.name || 'No department')}"]`)
    for (const cube of model.cubes.filter((c) => c.departmentId === department.id)) {
      lines.push(`    ${nodeIds.get(cube.id)}["${text(cube.title || 'Untitled cube')}"]`)
    }
    lines.push('  end')
  })
  for (const link of model.serviceLinks) {
    const from = nodeIds.get(link.providerCubeId)
    const to = nodeIds.get(link.consumerCubeId)
    if (!from || !to) continue
    const service = items.get(link.serviceId)?.text ?? ''
    const step = items.get(link.stepId)?.text ?? ''
    const label = [`${service} → ${step}`, link.label].filter(Boolean).join(': ')
    lines.push(`  ${from} -- "${text(label)}" --> ${to}`)
  }
  lines.push(...journeysMermaid(model, nodeIds, items))
  return lines.join('\n') + '\n'
}

function journeysMermaid(
  model: BoardModel,
  cubeNodes: ReadonlyMap<string, string>,
  items: ReadonlyMap<string, { cubeId: string }>,
): string[] {
  const lines: string[] = []
  model.journeys.forEach((journey, journeyIndex) => {
    const stageNodes = new Map<string, string>()
    lines.push(`  subgraph journey${journeyIndex + 1}["${text(journey.title || 'Journey')}"]`)
    for (const phase of journey.phases) {
      for (const stage of phase.stages) {
        const node = `journey${journeyIndex + 1}stage${stageNodes.size + 1}`
        stageNodes.set(stage.id, node)
        const pained = journey.touchpoints.some((t) => t.stageId === stage.id && t.painPoint)
        const name = `${phase.name}: ${stage.name}${pained ? ' ⚠' : ''}`
        lines.push(`    ${node}["${text(name)}"]`)
      }
    }
    const order = [...stageNodes.values()]
    if (order.length > 1) lines.push(`    ${order.join(' --> ')}`)
    lines.push('  end')
    for (const touchpoint of journey.touchpoints) {
      const linked = touchpoint.linkedId === null ? undefined : items.get(touchpoint.linkedId)
      const cube = linked && cubeNodes.get(linked.cubeId)
      const stage = stageNodes.get(touchpoint.stageId)
      if (!cube || !stage) continue
      // An empty label is a syntax error in Mermaid: a touchpoint without text draws a bare arrow.
      const label = text(touchpoint.text).trim()
      lines.push(label ? `  ${cube} -. "${label}" .-> ${stage}` : `  ${cube} -.-> ${stage}`)
    }
  })
  return lines
}

/** Characters with a meaning inside a quoted Mermaid label, and the entity code that shows them. */
const entities: Record<string, string> = {
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '#': '#35;',
  ';': '#59;',
  '`': '#96;',
  '%': '#37;',
  '\\': '#92;',
}

/**
 * Text inside Mermaid quotes: entity codes for every character Mermaid (or the HTML it draws
 * labels with) reads as more than text — the quote ends a label, `#` starts an entity code,
 * a backtick starts Markdown, `<` `>` `&` are HTML, `%` starts a directive — and spaces for
 * line breaks and control characters.
 */
function text(value: string): string {
  return value
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .replace(/["&<>#;`%\\]/g, (character) => entities[character]!)
}
