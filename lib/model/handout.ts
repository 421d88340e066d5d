import type { BoardModel } from './board-model'
import { dependenciesOf, dependencyCycles } from './dependencies'
import { boardGaps } from './gaps'
import { formatPercent, modelCoverage, type NeedCount } from './value-zone-coverage'
import { cubeTitles, cycleText } from './names'
import { faceNames } from './cubes/vocabulary'

/** One section of the after-session handout: a heading and its lines of text. */
export interface HandoutSection {
  title: string
  lines: string[]
}

/**
 * The text of the handout participants take home: who serves whom, what each cube relies
 * on, and the open questions. Renderers (PDF, print) only lay it out.
 */
export function handoutSections(model: BoardModel): HandoutSection[] {
  const cubes = new Map(model.cubes.map((cube) => [cube.id, cube]))
  const departments = new Map(model.departments.map((d) => [d.id, d.name || 'No department']))
  const items = new Map(model.items.map((item) => [item.id, item]))
  const titles = cubeTitles(model)
  const title = (cubeId: string) => titles.get(cubeId) ?? ''
  const withDepartment = (cubeId: string) =>
    `${title(cubeId)} (${departments.get(cubes.get(cubeId)?.departmentId ?? '') ?? 'No department'})`
  const none = (lines: string[]) => (lines.length > 0 ? lines : ['None.'])
  const gaps = boardGaps(model)
  const coverage = modelCoverage(model)
  return [
    {
      title: 'Service links',
      lines: none(
        model.serviceLinks.map((link) => {
          const service = items.get(link.serviceId)?.text ?? ''
          const step = items.get(link.stepId)?.text ?? ''
          const label = link.label ? ` (${link.label})` : ''
          return `${withDepartment(link.providerCubeId)}: "${service}" serves ${withDepartment(link.consumerCubeId)}: "${step}"${label}`
        }),
      ),
    },
    {
      title: 'Dependencies',
      lines: none(
        model.cubes.flatMap((cube) => {
          const upstream = dependenciesOf(model, cube.id).upstream
          if (upstream.length === 0) return []
          return [
            `${title(cube.id)} relies on: ` +
              upstream.map((step) => step.path.map(title).join(' → ')).join('; '),
          ]
        }),
      ),
    },
    {
      title: 'Dependency cycles',
      lines: none(dependencyCycles(model).map((cycle) => cycleText(cycle, titles))),
    },
    {
      title: 'Services no other cube consumes',
      lines: none(gaps.unconsumedServices.map((item) => `${item.text} (${title(item.cubeId)})`)),
    },
    {
      title: 'Process steps with no provider',
      lines: none(gaps.unprovidedSteps.map((item) => `${item.text} (${title(item.cubeId)})`)),
    },
    {
      title: 'Coverage of personas’ needs',
      lines: none(
        model.personas.map((persona) => {
          const figures = coverage.byPersona.get(persona.id)!
          const part = (label: string, count: NeedCount) =>
            `${label} ${formatPercent(count)} (${count.met} of ${count.total})`
          return `${persona.name || 'Unnamed persona'}: ${[
            part('stated', figures.stated),
            part('unstated', figures.unstated),
            part('overall', figures.overall),
          ].join(', ')}`
        }),
      ),
    },
    {
      title: 'Unmet needs',
      lines: none(
        gaps.unmetNeeds.map(
          (need) =>
            `${need.text} (${need.stated ? 'stated' : 'unstated'}, ${model.personas.find((p) => p.id === need.personaId)?.name ?? ''})`,
        ),
      ),
    },
    {
      title: 'Offerings that fulfil no need',
      lines: none(gaps.idleOfferings.map((offering) => `${offering.text} (${offering.kind})`)),
    },
    {
      title: 'Cubes with an empty face',
      lines: none(
        gaps.cubesWithEmptyFaces.map(
          (cube) =>
            `${title(cube.cubeId)}: ${cube.faces.map((face) => faceNames[face]).join(', ')}`,
        ),
      ),
    },
  ]
}
