/** The rules a value zone in a model file must keep (see ../problems.ts). */
import type { BoardModel } from '../board-model'
import { checkOrders, type ModelProblems } from '../problems'
import { fulfils } from './vocabulary'

/**
 * Needs of personas of the file, offerings of its organisations (a cube's service carrying
 * that service's name), fulfilments of a need by a product or service, each pair once.
 */
export function checkValueZone(model: BoardModel, problems: ModelProblems): void {
  const personas = new Set(model.personas.map((persona) => persona.id))
  const organisations = new Set(model.organisations.map((organisation) => organisation.id))
  const cubeItems = new Map(model.items.map((item) => [item.id, item]))
  model.needs.forEach((need, at) => {
    if (!personas.has(need.personaId)) {
      problems.add(
        ['needs', at, 'personaId'],
        'known-persona',
        `no persona has the id "${need.personaId}"`,
      )
    }
  })
  checkOrders(problems, 'needs', model.needs, (need) => need.personaId, 'persona')
  model.offerings.forEach((offering, at) => {
    if (!organisations.has(offering.organisationId)) {
      problems.add(
        ['offerings', at, 'organisationId'],
        'known-organisation',
        `no organisation has the id "${offering.organisationId}"`,
      )
    }
    if (offering.cubeItemId === null) return
    const service = cubeItems.get(offering.cubeItemId)
    if (offering.kind !== 'service' || service?.kind !== 'service') {
      problems.add(
        ['offerings', at, 'cubeItemId'],
        'cube-service',
        `only a service can be a cube's service, and "${offering.cubeItemId}" must be a service of a cube in the file`,
      )
    } else if (service.text !== offering.text) {
      problems.add(
        ['offerings', at, 'text'],
        'cube-service-name',
        `a cube's service carries that service's name, "${service.text}"`,
      )
    }
  })
  checkOrders(
    problems,
    'offerings',
    model.offerings,
    (offering) => `${offering.organisationId}|${offering.kind}`,
    'group (organisation and kind)',
  )
  const needs = new Set(model.needs.map((need) => need.id))
  const offerings = new Map(model.offerings.map((offering) => [offering.id, offering]))
  const pairs = new Set<string>()
  model.fulfilments.forEach((fulfilment, at) => {
    const offering = offerings.get(fulfilment.offeringId)
    if (!needs.has(fulfilment.needId)) {
      problems.add(
        ['fulfilments', at, 'needId'],
        'known-need',
        `no need has the id "${fulfilment.needId}"`,
      )
    }
    if (!offering) {
      problems.add(
        ['fulfilments', at, 'offeringId'],
        'known-offering',
        `no offering has the id "${fulfilment.offeringId}"`,
      )
    } else if (!fulfils(offering.kind)) {
      problems.add(
        ['fulfilments', at, 'offeringId'],
        'fulfilled-by-an-offer',
        `a need is fulfilled by a product or service, not by a ${offering.kind}`,
      )
    }
    const pair = `${fulfilment.needId}\n${fulfilment.offeringId}`
    if (pairs.has(pair)) {
      problems.add(
        ['fulfilments', at],
        'fulfilment-once',
        'this need is already fulfilled by that offering in the file',
      )
    }
    pairs.add(pair)
  })
}
