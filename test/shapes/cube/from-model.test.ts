import { describe, expect, it } from 'vitest'
import { modelFromRecords } from '@/lib/model'
import { recordsFromModel } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'

describe('a cube network written onto a board from its model', () => {
  it('draws a conflicting link too, and reads it back as the same conflict', () => {
    const model = modelFromRecords(templateRecords['mortgage-loan-network']())
    const kept = model.serviceLinks[0]!
    const step = model.items.find((item) => item.id === kept.stepId)!
    const rival = model.items.find(
      (item) =>
        item.kind === 'service' &&
        item.cubeId !== step.cubeId &&
        item.cubeId !== kept.providerCubeId,
    )!
    model.conflictingLinks.push({
      id: `${kept.id}~rival`,
      serviceId: rival.id,
      stepId: step.id,
      providerCubeId: rival.cubeId,
      consumerCubeId: step.cubeId,
      label: 'drawn at the same moment',
      keptLinkId: kept.id,
      rule: 'one-provider-per-step',
    })
    const readBack = modelFromRecords(recordsFromModel(model))
    expect(readBack.conflictingLinks).toEqual(model.conflictingLinks)
    expect(readBack.serviceLinks).toEqual(model.serviceLinks)
  })
})
