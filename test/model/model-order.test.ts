import { describe, expect, it } from 'vitest'
import { cubeTitles, formatCsv, modelFromRecords, modelTables } from '@/lib/model'

function cube(id: string, title: string, department: string) {
  return { id, typeName: 'shape', type: 'cube', props: { title, department } }
}

function item(id: string, cubeId: string, kind: string, text: string, index: string, extra = {}) {
  const face =
    kind === 'service' || kind === 'product'
      ? 'front-stage'
      : kind === 'channel'
        ? 'experience'
        : 'back-stage'
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

function link(id: string, serviceId: string, stepId: string) {
  return {
    id,
    typeName: 'shape',
    type: 'service-link',
    props: { serviceId, stepId, label: '' },
  }
}

/** A small network: Finance's Payments serves Retail's loan sale; a step with two providers. */
function records() {
  return [
    cube('shape:pay', 'Payments', 'Finance'),
    cube('shape:pay2', 'Payments', 'Retail'),
    cube('shape:loan', 'Home Loan', ' retail  '),
    item('cube_item:pay-s', 'shape:pay', 'service', 'Disburse', 'a1'),
    item('cube_item:pay2-s', 'shape:pay2', 'service', 'Card payout', 'a1'),
    item('cube_item:loan-c', 'shape:loan', 'channel', 'App', 'a1'),
    item('cube_item:loan-p', 'shape:loan', 'product', 'Loan', 'a3'),
    item('cube_item:proc', 'shape:loan', 'process', 'Loan sale', 'a1'),
    item('cube_item:step2', 'shape:loan', 'process-step', 'Pay out', 'a2', {
      processId: 'cube_item:proc',
    }),
    item('cube_item:step1', 'shape:loan', 'process-step', 'Sign', 'a1', {
      processId: 'cube_item:proc',
    }),
    link('shape:link-b', 'cube_item:pay2-s', 'cube_item:step2'),
    link('shape:link-a', 'cube_item:pay-s', 'cube_item:step2'),
  ]
}

describe('the order of a model', () => {
  it('is the same whatever order the board hands its records over in', () => {
    const forward = modelFromRecords(records())
    const backward = modelFromRecords(records().reverse())
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward))
  })

  it('is one a reader expects: cubes by department and title, items by face, kind and order', () => {
    const model = modelFromRecords(records())
    // A department is spelled as its cube with the smallest id writes it.
    expect(model.departments.map((d) => [d.id, d.name, d.cubeIds])).toEqual([
      ['finance', 'Finance', ['shape:pay']],
      ['retail', 'retail', ['shape:loan', 'shape:pay2']],
    ])
    expect(model.cubes.map((c) => c.id)).toEqual(['shape:pay', 'shape:loan', 'shape:pay2'])
    expect(model.items.map((i) => i.text)).toEqual([
      'Disburse',
      'Loan',
      'App',
      'Loan sale',
      'Sign',
      'Pay out',
      'Card payout',
    ])
  })
})

describe('two providers for one step', () => {
  it('keep the lower id as the link and the other as a conflict, never dropped', () => {
    const model = modelFromRecords(records())
    expect(model.serviceLinks.map((l) => l.id)).toEqual(['shape:link-a'])
    expect(model.conflictingLinks).toEqual([
      {
        id: 'shape:link-b',
        serviceId: 'cube_item:pay2-s',
        stepId: 'cube_item:step2',
        providerCubeId: 'shape:pay2',
        consumerCubeId: 'shape:loan',
        label: '',
        keptLinkId: 'shape:link-a',
        rule: 'one-provider-per-step',
      },
    ])
  })
})

describe('cubes with the same title', () => {
  it('are told apart by their department wherever a cube is named', () => {
    const model = modelFromRecords(records())
    expect([...cubeTitles(model).values()]).toEqual([
      'Payments (Finance)',
      'Home Loan',
      'Payments (retail)',
    ])
    const links = formatCsv(modelTables(model).links!)
    expect(links).toContain('shape:pay,Payments (Finance),cube_item:pay-s,Disburse')
  })
})
