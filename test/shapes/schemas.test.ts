import { describe, expect, it } from 'vitest'
import { createShapeId } from 'tldraw'
import {
  cubeItemTypeName,
  offeringItemTypeName,
  personaNeedTypeName,
  touchpointTypeName,
  valueLinkTypeName,
} from '@/lib/model'
import { shapeHolding } from '@/lib/shapes'

describe('the shape a record is drawn on', () => {
  it('is the shape itself, or the one its shape’s schema names as holding it', () => {
    const shape = createShapeId()
    expect(shapeHolding({ id: shape, typeName: 'shape' })).toBe(shape)
    const held = [
      { id: `${cubeItemTypeName}:1`, typeName: cubeItemTypeName, cubeId: shape },
      { id: `${personaNeedTypeName}:1`, typeName: personaNeedTypeName, personaId: shape },
      { id: `${offeringItemTypeName}:1`, typeName: offeringItemTypeName, organisationId: shape },
      { id: `${touchpointTypeName}:1`, typeName: touchpointTypeName, journeyId: shape },
    ]
    for (const record of held) expect(shapeHolding(record)).toBe(shape)
  })

  it('is none for a record no shape holds', () => {
    expect(shapeHolding({ id: 'page:page', typeName: 'page' })).toBeNull()
    expect(shapeHolding({ id: `${valueLinkTypeName}:1`, typeName: valueLinkTypeName })).toBeNull()
  })
})
