import type { BoardModel } from '@/lib/model'

/**
 * Adds a second provider for the step of the model's first link, as when two people link
 * one step at the same moment: the model keeps the first link and lists this one as a
 * conflict (its id sorts after the kept one's, as the lower id is the one every peer keeps).
 */
export function addRivalProvider(model: BoardModel) {
  const kept = model.serviceLinks[0]!
  const items = new Map(model.items.map((item) => [item.id, item]))
  const step = items.get(kept.stepId)!
  const rival = model.items.find(
    (item) =>
      item.kind === 'service' && item.cubeId !== step.cubeId && item.cubeId !== kept.providerCubeId,
  )!
  model.conflictingLinks.push({
    id: `${kept.id}~rival`,
    serviceId: rival.id,
    stepId: step.id,
    providerCubeId: rival.cubeId,
    consumerCubeId: step.cubeId,
    label: '',
    keptLinkId: kept.id,
    rule: 'one-provider-per-step',
  })
  return { kept: items.get(kept.serviceId)!, rival, step }
}
