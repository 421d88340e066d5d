import { describe, expect, it } from 'vitest'
import { boardModelVersion, modelFromRecords } from '@/lib/model'

function cube(id: string, title: string, department: string) {
  return {
    id,
    typeName: 'shape',
    type: 'cube',
    x: 0,
    y: 0,
    props: { w: 400, h: 300, title, department, turned: false, collapsed: false },
  }
}

function item(id: string, cubeId: string, kind: string, text: string, index: string, extra = {}) {
  const face = kind === 'service' ? 'front-stage' : kind === 'channel' ? 'experience' : 'back-stage'
  return {
    id,
    typeName: 'cube_item',
    cubeId,
    face,
    kind,
    text,
    terms: '',
    processId: null,
    index,
    meta: {},
    ...extra,
  }
}

describe('reading a board’s records into its model', () => {
  it('collects departments, cubes and items in board order, and ignores the drawing', () => {
    const model = modelFromRecords([
      { id: 'page:page', typeName: 'page', name: 'Page 1' },
      { id: 'shape:note', typeName: 'shape', type: 'geo', props: {} },
      cube('shape:home', 'Home Loan', 'Retail Sales'),
      cube('shape:other', 'Savings', ' retail   sales '),
      cube('shape:risk', 'Credit Risk', 'Risk Department'),
      item('cube_item:2', 'shape:risk', 'service', 'Credit Application', 'a2'),
      item('cube_item:1', 'shape:risk', 'service', 'Scoring', 'a1'),
      item('cube_item:p', 'shape:risk', 'process', 'Credit Granting', 'a1'),
      item('cube_item:s', 'shape:risk', 'process-step', 'KYC', 'a1', { processId: 'cube_item:p' }),
    ])
    expect(model.version).toBe(boardModelVersion)
    expect(model.departments).toEqual([
      { id: 'retail sales', name: 'Retail Sales', cubeIds: ['shape:home', 'shape:other'] },
      { id: 'risk department', name: 'Risk Department', cubeIds: ['shape:risk'] },
    ])
    // By department, then title.
    expect(model.cubes.map((c) => c.title)).toEqual(['Home Loan', 'Savings', 'Credit Risk'])
    const services = model.items.filter((i) => i.kind === 'service')
    expect(services.map((i) => [i.text, i.order])).toEqual([
      ['Scoring', 0],
      ['Credit Application', 1],
    ])
    expect(model.items.find((i) => i.id === 'cube_item:s')).toMatchObject({
      processId: 'cube_item:p',
      face: 'back-stage',
      order: 0,
    })
  })

  it('skips records it cannot read and items whose cube is gone', () => {
    const model = modelFromRecords([
      cube('shape:a', 'A', 'D'),
      { ...cube('shape:broken', 'B', 'D'), props: { title: 42 } },
      item('cube_item:orphan', 'shape:gone', 'service', 'Orphan', 'a1'),
      { ...item('cube_item:future', 'shape:a', 'service', 'X', 'a1'), kind: 'hologram' },
      item('cube_item:ok', 'shape:a', 'channel', 'App', 'a1'),
    ])
    expect(model.cubes.map((c) => c.id)).toEqual(['shape:a'])
    expect(model.items.map((i) => i.id)).toEqual(['cube_item:ok'])
  })

  it('carries the dots finished votes left on items, cubes and notes', () => {
    const votes = (cbVotes: Record<string, number>) => ({ meta: { cbVotes } })
    const model = modelFromRecords([
      { ...cube('shape:a', 'Mortgage Loan', 'Lending'), ...votes({ 'Most important': 2 }) },
      item(
        'cube_item:s',
        'shape:a',
        'service',
        'Valuation',
        'a1',
        votes({ 'Most important': 5, 'Biggest gap': 1 }),
      ),
      { id: 'shape:note', typeName: 'shape', type: 'note', ...votes({ 'Biggest gap': 3 }) },
      { id: 'shape:odd', typeName: 'shape', type: 'note', ...votes({ 'Biggest gap': -1 }) },
    ])
    expect(model.votes).toEqual([
      { targetId: 'shape:note', vote: 'Biggest gap', dots: 3 },
      { targetId: 'cube_item:s', vote: 'Biggest gap', dots: 1 },
      { targetId: 'cube_item:s', vote: 'Most important', dots: 5 },
      { targetId: 'shape:a', vote: 'Most important', dots: 2 },
    ])
  })

  it('leaves out private items until they are revealed', () => {
    const model = modelFromRecords([
      cube('shape:a', 'Mortgage Loan', 'Lending'),
      { ...cube('shape:b', 'Secret', 'Lending'), meta: { cbPrivate: 'pat' } },
      item('cube_item:hidden', 'shape:a', 'service', 'Idea', 'a1', { meta: { cbPrivate: 'pat' } }),
      item('cube_item:shown', 'shape:a', 'service', 'Valuation', 'a2'),
    ])
    expect(model.cubes.map((c) => c.id)).toEqual(['shape:a'])
    expect(model.items.map((i) => i.id)).toEqual(['cube_item:shown'])
  })
})
