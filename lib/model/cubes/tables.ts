/** The cube network as flat tables: cubes.csv, items.csv and links.csv. */
import type { BoardModel } from '../board-model'
import type { CsvTable } from '../export/csv'

/** Rows of cubes, their items and the service links; ids join rows of different files. */
export function cubeNetworkTables(model: BoardModel): Record<string, CsvTable> {
  const cubes = new Map(model.cubes.map((cube) => [cube.id, cube]))
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
        cubes.get(item.cubeId)?.title ?? '',
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
        cubes.get(link.providerCubeId)?.title ?? '',
        link.serviceId,
        items.get(link.serviceId)?.text ?? '',
        link.consumerCubeId,
        cubes.get(link.consumerCubeId)?.title ?? '',
        link.stepId,
        items.get(link.stepId)?.text ?? '',
        link.label,
      ]),
    },
  }
}
