/** The service network as a Mermaid flowchart, for the network.mmd export. */
import type { BoardModel } from '../board-model'

/**
 * The service network as a Mermaid flowchart: a box per cube, grouped by department, and
 * an arrow from provider to consumer for each service link, labelled "service → step".
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
  return lines.join('\n') + '\n'
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
