/** The value zone as flat tables: personas.csv, needs.csv, offerings.csv and fulfilments.csv. */
import type { BoardModel } from '../board-model'
import type { CsvTable } from '../export/csv'
import { modelCoverage } from './coverage'
import { fulfils } from './vocabulary'

/** Rows of personas (with their coverage), needs, offerings and fulfilments. */
export function valueZoneTables(model: BoardModel): Record<string, CsvTable> {
  const personas = new Map(model.personas.map((persona) => [persona.id, persona]))
  const organisations = new Map(model.organisations.map((o) => [o.id, o]))
  const needs = new Map(model.needs.map((need) => [need.id, need]))
  const offerings = new Map(model.offerings.map((offering) => [offering.id, offering]))
  const coverage = modelCoverage(model)
  return {
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
        fulfils(offering.kind) ? !coverage.idleOfferingIds.has(offering.id) : null,
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
  }
}
