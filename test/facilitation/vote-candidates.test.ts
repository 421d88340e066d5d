import { describe, expect, it } from 'vitest'
import { voteCandidates, type ShapeWithWords } from '@/lib/facilitation/vote-candidates'
import {
  cubeShapeType,
  emptyBoardModel,
  organisationShapeType,
  personaShapeType,
  privateMetaKey,
  serviceLinkShapeType,
  valueZoneShapeType,
} from '@/lib/model'

const shape = (id: string, type: string, text: string, meta = {}): ShapeWithWords => ({
  id,
  type,
  text,
  meta,
})

describe('what a dot vote can be about', () => {
  it('takes the model’s things, in the model’s order, and names them as the model does', () => {
    const model = emptyBoardModel()
    model.departments = [{ id: 'd1', name: 'Retail Sales', cubeIds: ['shape:c1'] }]
    model.cubes = [{ id: 'shape:c1', title: 'Home Loan', departmentId: 'd1' }] as never
    model.personas = [{ id: 'shape:p1', name: 'Home buyer', description: '', face: '' }] as never
    expect(voteCandidates(model, [], 'u1')).toEqual([
      { id: 'shape:c1', label: 'Cube “Home Loan”', group: 'Cubes' },
      { id: 'shape:p1', label: 'Persona “Home buyer”', group: 'Personas' },
    ])
  })

  it('leaves out every shape read through the model, the value zone among them', () => {
    const shapes = [
      shape('shape:cube', cubeShapeType, 'Home Loan'),
      shape('shape:link', serviceLinkShapeType, 'KYC → Apply'),
      shape('shape:persona', personaShapeType, 'Home buyer'),
      shape('shape:org', organisationShapeType, 'Nordic Bank'),
      shape('shape:zone', valueZoneShapeType, 'Needs meet offerings'),
    ]
    expect(voteCandidates(emptyBoardModel(), shapes, 'u1')).toEqual([])
  })

  it('takes any other shape with words, but not someone else’s private one', () => {
    const shapes = [
      shape('shape:note', 'note', ' Faster valuations '),
      shape('shape:blank', 'geo', '  '),
      shape('shape:mine', 'note', 'My idea', { [privateMetaKey]: 'u1' }),
      shape('shape:theirs', 'note', 'Their idea', { [privateMetaKey]: 'u2' }),
    ]
    expect(voteCandidates(emptyBoardModel(), shapes, 'u1')).toEqual([
      { id: 'shape:note', label: '“Faster valuations”', group: 'On the board' },
      { id: 'shape:mine', label: '“My idea”', group: 'On the board' },
    ])
  })
})
