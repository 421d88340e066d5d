/** The cube network's part of the handout: who serves whom, what each cube relies on, its gaps. */
import type { BoardModel } from '../board-model'
import { noneIfEmpty, type HandoutSection } from '../section'
import { dependenciesOf, dependencyCycles } from './dependencies'
import { cubeNetworkGaps } from './gaps'
import { cubeTitles, cycleText } from './names'
import { faceNames } from './vocabulary'

export function cubeNetworkHandout(model: BoardModel): HandoutSection[] {
  const cubes = new Map(model.cubes.map((cube) => [cube.id, cube]))
  const departments = new Map(model.departments.map((d) => [d.id, d.name || 'No department']))
  const items = new Map(model.items.map((item) => [item.id, item]))
  const titles = cubeTitles(model)
  const title = (cubeId: string) => titles.get(cubeId) ?? ''
  const withDepartment = (cubeId: string) =>
    `${title(cubeId)} (${departments.get(cubes.get(cubeId)?.departmentId ?? '') ?? 'No department'})`
  const gaps = cubeNetworkGaps(model)
  const cycles = dependencyCycles(model)
  return [
    {
      title: 'Service links',
      lines: noneIfEmpty(
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
      lines: noneIfEmpty(
        model.cubes.flatMap((cube) => {
          const upstream = dependenciesOf(model, cube.id, cycles).upstream
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
      lines: noneIfEmpty(cycles.map((cycle) => cycleText(cycle, titles))),
    },
    {
      title: 'Services no other cube consumes',
      lines: noneIfEmpty(
        gaps.unconsumedServices.map((item) => `${item.text} (${title(item.cubeId)})`),
      ),
    },
    {
      title: 'Process steps with no provider',
      lines: noneIfEmpty(
        gaps.unprovidedSteps.map((item) => `${item.text} (${title(item.cubeId)})`),
      ),
    },
    {
      title: 'Cubes with an empty face',
      lines: noneIfEmpty(
        gaps.cubesWithEmptyFaces.map(
          (cube) =>
            `${title(cube.cubeId)}: ${cube.faces.map((face) => faceNames[face]).join(', ')}`,
        ),
      ),
    },
  ]
}
