import type { BoardModel } from '../board-model'
import { modelCoverage } from '../value-zone-coverage'
import type { CsvTable } from './csv'

/**
 * The model as flat tables, one CSV file each (headers documented in the README, "The
 * shared model"). Ids are the board's record ids, so rows of different files join.
 */
export function modelTables(model: BoardModel): Record<string, CsvTable> {
  const cubes = new Map(model.cubes.map((cube) => [cube.id, cube]))
  const items = new Map(model.items.map((item) => [item.id, item]))
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const personas = new Map(model.personas.map((persona) => [persona.id, persona]))
  const organisations = new Map(model.organisations.map((o) => [o.id, o]))
  const needs = new Map(model.needs.map((need) => [need.id, need]))
  const offerings = new Map(model.offerings.map((offering) => [offering.id, offering]))
  const coverage = modelCoverage(model)
  const names = new Map<string, string>([
    ...model.cubes.map((cube) => [cube.id, cube.title] as const),
    ...model.items.map((item) => [item.id, item.text] as const),
    ...model.personas.map((persona) => [persona.id, persona.name] as const),
    ...model.needs.map((need) => [need.id, need.text] as const),
    ...model.offerings.map((offering) => [offering.id, offering.text] as const),
  ])
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
    personas: {
      header: [
        'persona_id',
        'name',
        'description',
        'face',
        'stated_needs',
        'unstated_needs',
        'coverage_stated_percent',
        'coverage_unstated_percent',
        'coverage_overall_percent',
      ],
      rows: model.personas.map((persona) => {
        const counts = coverage.byPersona.get(persona.id)
        return [
          persona.id,
          persona.name,
          persona.description,
          persona.face,
          counts?.stated.total ?? 0,
          counts?.unstated.total ?? 0,
          counts?.stated.percent ?? null,
          counts?.unstated.percent ?? null,
          counts?.overall.percent ?? null,
        ]
      }),
    },
    needs: {
      header: ['need_id', 'persona_id', 'persona', 'text', 'stated', 'order', 'met'],
      rows: model.needs.map((need) => [
        need.id,
        need.personaId,
        personas.get(need.personaId)?.name ?? '',
        need.text,
        need.stated,
        need.order,
        !coverage.unmetNeedIds.has(need.id),
      ]),
    },
    offerings: {
      header: [
        'offering_id',
        'organisation_id',
        'organisation',
        'kind',
        'text',
        'cube_item_id',
        'order',
        'fulfils_a_need',
      ],
      rows: model.offerings.map((offering) => [
        offering.id,
        offering.organisationId,
        organisations.get(offering.organisationId)?.name ?? '',
        offering.kind,
        offering.text,
        offering.cubeItemId,
        offering.order,
        offering.kind === 'product' || offering.kind === 'service'
          ? !coverage.idleOfferingIds.has(offering.id)
          : null,
      ]),
    },
    fulfilments: {
      header: ['fulfilment_id', 'need_id', 'need', 'persona', 'offering_id', 'offering', 'note'],
      rows: model.fulfilments.map((fulfilment) => {
        const need = needs.get(fulfilment.needId)
        return [
          fulfilment.id,
          fulfilment.needId,
          need?.text ?? '',
          need ? (personas.get(need.personaId)?.name ?? '') : '',
          fulfilment.offeringId,
          offerings.get(fulfilment.offeringId)?.text ?? '',
          fulfilment.note,
        ]
      }),
    },
    votes: {
      header: ['vote', 'target_id', 'target', 'dots'],
      rows: model.votes.map((tally) => [
        tally.vote,
        tally.targetId,
        names.get(tally.targetId) ?? '',
        tally.dots,
      ]),
    },
  }
}
