import { describe, expect, it } from 'vitest'
import { modelFromRecords } from '@/lib/model'
import { recordsFromModel } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'
import { addRivalProvider } from '../../helpers/rival-provider'

describe('a cube network written onto a board from its model', () => {
  it('draws a conflicting link too, and reads it back as the same conflict', () => {
    const model = modelFromRecords(templateRecords['mortgage-loan-network']())
    addRivalProvider(model)
    const readBack = modelFromRecords(recordsFromModel(model))
    expect(readBack.conflictingLinks).toEqual(model.conflictingLinks)
    expect(readBack.serviceLinks).toEqual(model.serviceLinks)
  })
})
