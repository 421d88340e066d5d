// Every network.mmd the app writes is read by Mermaid's own parser, whatever people typed.
import { JSDOM } from 'jsdom'
import { beforeAll, describe, expect, it } from 'vitest'
import { serviceNetworkMermaid, type BoardModel } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid

beforeAll(async () => {
  // Mermaid sanitises labels with DOMPurify, which needs a DOM: jsdom's, as in a page.
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  Object.assign(globalThis, { window: dom.window, document: dom.window.document })
  mermaid = (await import('mermaid')).default
})

/** Text people type that Mermaid, or the HTML it draws labels with, reads as more than text. */
const hostile = [
  'ticket #42; done',
  'end',
  'subgraph',
  'A --> B',
  'quote " and `code` and %% comment',
  '<b>bold</b> & &amp; #quot;',
  'back\\slash | pipe [bracket] {brace} (paren)',
  'line\nbreak\ttab\u0000nul\u0007bell',
  'emoji 🚀 and ø æ ß → ✓',
  'click cube1 call alert()',
  '%%{init: {"theme": "dark"}}%%',
  '',
]

function hostileModel(): BoardModel {
  const builder = new ModelBuilder()
  hostile.forEach((text, index) => builder.cube(`${text} cube ${index}`, `${text} department`))
  hostile.forEach((text, index) => {
    if (index === 0) return
    builder.link(
      `${hostile[index - 1]} cube ${index - 1}`,
      `${text} service`,
      `${text} cube ${index}`,
      `${text} step`,
    )
  })
  const model = builder.build()
  model.serviceLinks.forEach((link, index) => (link.label = hostile[index] ?? ''))
  const stepId = model.serviceLinks[0]!.stepId
  model.journeys = [
    {
      id: 'shape:journey',
      title: hostile[0]!,
      phases: hostile.slice(0, 3).map((name, phase) => ({
        id: `phase${phase}`,
        name,
        stages: hostile.slice(3, 6).map((stage, index) => ({
          id: `stage${phase}-${index}`,
          name: stage,
          personaId: null,
          experience: null,
        })),
      })),
      lanes: [{ id: 'lane', kind: 'back-stage', name: hostile[4]! }],
      touchpoints: hostile.map((text, index) => ({
        id: `touchpoint${index}`,
        stageId: `stage0-${index % 3}`,
        laneId: 'lane',
        text,
        departmentId: '',
        painPoint: index % 2 === 0 ? { severity: 2, note: text } : null,
        linkedId: stepId,
      })),
    },
  ]
  return model
}

describe("Mermaid's own parser", () => {
  it('reads the export of the mortgage network', async () => {
    await expect(
      mermaid.parse(serviceNetworkMermaid(mortgageNetwork().build())),
    ).resolves.toMatchObject({
      diagramType: 'flowchart-v2',
    })
  })

  it('reads the export of a board full of text Mermaid would read as syntax, journeys included', async () => {
    const graph = serviceNetworkMermaid(hostileModel())
    expect(graph).toContain('subgraph journey1')
    expect(graph).toContain(' -. "')
    await expect(mermaid.parse(graph)).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })

  it('is a parser that refuses what is broken (the check above can fail)', async () => {
    await expect(mermaid.parse('flowchart LR\n  a["ticket #42; done"] --> b[')).rejects.toThrow()
  })

  it('keeps one node per cube and one arrow per link, whatever the text', () => {
    const model = hostileModel()
    const graph = serviceNetworkMermaid(model)
    expect(graph.match(/^ {4}cube\d+\[/gm)).toHaveLength(model.cubes.length)
    expect(graph.match(/^ {2}cube\d+ -- "/gm)).toHaveLength(model.serviceLinks.length)
  })
})
