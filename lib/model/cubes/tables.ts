/** The cube network as flat tables: cubes.csv, items.csv and links.csv. */
import type { BoardModel } from '../board-model'
import type { CsvTable } from '../export/csv'
import { cubeTitles } from './names'

/** Rows of cubes, their items and the service links; ids join rows of different files. */
export function cubeNetworkTables(model: BoardModel): Record<string, CsvTable> {
  const names = cubeTitles(model)
  const items = new Map(model.items.map((item) => [item.id, item]))
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  return {
    cubes: {
      header: ['cube_id', 'title', 'department'],
      rows: model.cubes.map((cube) => [
        cube.id,
        cube.title,
        departments.get(cube.departmentId) ?? '',
      ]),
    },
    items: {
      header: [
        'item_id',
        'cube_id',
        'cube_title',
        'face',
        'kind',
        'text',
        'terms',
        'process_id',
        'order',
      ],
      rows: model.items.map((item) => [
        item.id,
        item.cubeId,
        names.get(item.cubeId) ?? '',
        item.face,
        item.kind,
        item.text,
        item.terms,
        item.processId,
        item.order,
      ]),
    },
    links: {
      header: [
        'link_id',
        'provider_cube_id',
        'provider_cube',
        'service_id',
        'service',
        'consumer_cube_id',
        'consumer_cube',
        'step_id',
        'step',
        'label',
      ],
      rows: model.serviceLinks.map((link) => [
        link.id,
        link.providerCubeId,
        names.get(link.providerCubeId) ?? '',
        link.serviceId,
        items.get(link.serviceId)?.text ?? '',
        link.consumerCubeId,
        names.get(link.consumerCubeId) ?? '',
        link.stepId,
        items.get(link.stepId)?.text ?? '',
        link.label,
      ]),
    },
  }
}
