/** The cube network as a section of the shared model (see ../section.ts). */
import { quoted } from '../names'
import { listIds, type ModelSection } from '../section'
import { cubeNetworkChanges } from './changes'
import { checkCubeNetwork } from './check'
import { cubeNetworkHandout } from './handout'
import { cubeTitles, itemLabel } from './names'
import { cubeNetworkReader } from './read'
import { searchCubeNetwork } from './search'
import { cubeNetworkTables } from './tables'

export const cubeNetworkSection: ModelSection = {
  id: 'cubes',
  reader: cubeNetworkReader,
  recordIds: (model) => listIds(model, ['cubes', 'items', 'serviceLinks', 'conflictingLinks']),
  things(model) {
    const titles = cubeTitles(model)
    const cubeOrder = new Map(model.cubes.map((cube, index) => [cube.id, index]))
    return [
      ...model.cubes.map((cube) => ({
        id: cube.id,
        label: `Cube ${quoted(cube.title && titles.get(cube.id)!)}`,
        text: cube.title,
        group: 'Cubes',
      })),
      // Grouped by cube, in the order the cubes are listed.
      ...[...model.items]
        .sort((a, b) => cubeOrder.get(a.cubeId)! - cubeOrder.get(b.cubeId)!)
        .map((item) => ({
          id: item.id,
          label: itemLabel(item),
          text: item.text,
          group: titles.get(item.cubeId) ?? 'Cube',
        })),
    ]
  },
  check: checkCubeNetwork,
  changes: cubeNetworkChanges,
  search: searchCubeNetwork,
  tables: cubeNetworkTables,
  handout: cubeNetworkHandout,
}
