import { describe, expect, it } from 'vitest'
import {
  failedCubeIds,
  impactChoices,
  impactNames,
  impactOf,
  itemLabel,
  modelAnalysis,
  modelFromRecords,
  type BoardModel,
} from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

const part = (typeName: string, id: string, index: string, fields: object) => ({
  id,
  typeName,
  journeyId: 'shape:journey',
  index,
  meta: {},
  ...fields,
})

function journeyRecords() {
  return [
    { id: 'shape:journey', typeName: 'shape', type: 'journey', props: { title: ' Home loan ' } },
    part('journey_phase', 'journey_phase:apply', 'a2', { name: 'Apply' }),
    part('journey_phase', 'journey_phase:aware', 'a1', { name: 'Become aware' }),
    part('journey_stage', 'journey_stage:form', 'a1', {
      phaseId: 'journey_phase:apply',
      name: 'Fill in the form',
      personaId: 'shape:gone',
      experience: -1,
    }),
    part('journey_stage', 'journey_stage:ad', 'a1', {
      phaseId: 'journey_phase:aware',
      name: 'Sees an ad',
      personaId: null,
      experience: null,
    }),
    part('journey_lane', 'journey_lane:back', 'a2', { kind: 'back-stage', name: 'Back stage' }),
    part('journey_lane', 'journey_lane:front', 'a1', { kind: 'front-stage', name: 'Channels' }),
    part('journey_touchpoint', 'journey_touchpoint:docs', 'a1', {
      stageId: 'journey_stage:form',
      laneId: 'journey_lane:front',
      text: 'Upload payslips',
      department: ' retail  sales',
      painSeverity: 2,
      painNote: 'asked twice',
      linkedId: 'cube_item:nowhere',
    }),
    part('journey_touchpoint', 'journey_touchpoint:orphan', 'a1', {
      stageId: 'journey_stage:deleted',
      laneId: 'journey_lane:front',
      text: 'In a stage that is gone',
      department: '',
      painSeverity: 0,
      painNote: '',
      linkedId: null,
    }),
  ]
}

describe('a customer-experience map in the model', () => {
  it('is read in map order, holding only what the map shows', () => {
    const model = modelFromRecords(journeyRecords())
    expect(model.journeys).toEqual([
      {
        id: 'shape:journey',
        title: 'Home loan',
        phases: [
          {
            id: 'journey_phase:aware',
            name: 'Become aware',
            stages: [
              { id: 'journey_stage:ad', name: 'Sees an ad', personaId: null, experience: null },
            ],
          },
          {
            id: 'journey_phase:apply',
            name: 'Apply',
            stages: [
              // A stage's persona that is gone reads as none.
              {
                id: 'journey_stage:form',
                name: 'Fill in the form',
                personaId: null,
                experience: -1,
              },
            ],
          },
        ],
        lanes: [
          { id: 'journey_lane:front', kind: 'front-stage', name: 'Channels' },
          { id: 'journey_lane:back', kind: 'back-stage', name: 'Back stage' },
        ],
        touchpoints: [
          {
            id: 'journey_touchpoint:docs',
            stageId: 'journey_stage:form',
            laneId: 'journey_lane:front',
            text: 'Upload payslips',
            departmentId: 'retail sales',
            painPoint: { severity: 2, note: 'asked twice' },
            linkedId: null,
          },
        ],
      },
    ])
    // A department only a touchpoint names is one of the board's departments.
    expect(model.departments).toEqual([{ id: 'retail sales', name: 'retail sales', cubeIds: [] }])
  })

  it('answers which departments each stage involves, its pain points and the gaps', () => {
    const { journey, gaps } = modelAnalysis(modelFromRecords(journeyRecords()))
    expect(journey.stages).toEqual([
      {
        journeyId: 'shape:journey',
        stageId: 'journey_stage:ad',
        name: 'Sees an ad',
        phase: 'Become aware',
        departments: [],
        painPoints: [],
      },
      {
        journeyId: 'shape:journey',
        stageId: 'journey_stage:form',
        name: 'Fill in the form',
        phase: 'Apply',
        departments: ['retail sales'],
        painPoints: ['journey_touchpoint:docs'],
      },
    ])
    expect(journey.departments).toEqual([
      {
        departmentId: 'retail sales',
        stages: ['journey_stage:form'],
        painPoints: ['journey_touchpoint:docs'],
      },
    ])
    expect(gaps.stagesWithoutBackStage).toEqual(['journey_stage:ad', 'journey_stage:form'])
    expect(journey.unlinkedTouchpoints).toEqual(['journey_touchpoint:docs'])
  })
})

/**
 * The mortgage network, a value zone whose "Loan management" offering is the Mortgage Loan's
 * service, and a journey whose pain point is a back-stage touchpoint pointing at Credit Risk's
 * "Credit Application" service. Hand count, if KYC fails: Credit Risk (1), Mortgage Loan (2),
 * Home Loan and Real Estate Loan (3) fail; the offering fails, so the buyer's need goes unmet.
 */
function acrossKinds(): BoardModel {
  const model = mortgageNetwork()
    .persona('Buyer', ['Keeps the loan running', 'Friendly staff'])
    .organisation('Bank', [['product', 'Advice']])
    .offering('Bank', 'service', 'Loan management', 'Mortgage Loan/Loan management')
    .fulfil('Buyer/Keeps the loan running', 'Bank/Loan management')
    .fulfil('Buyer/Friendly staff', 'Bank/Advice')
    .build()
  model.journeys.push({
    id: 'journey',
    title: 'Home loan',
    phases: [
      {
        id: 'apply',
        name: 'Apply',
        stages: [
          { id: 'check', name: 'Credit check', personaId: 'Buyer', experience: -2 },
          { id: 'sign', name: 'Sign', personaId: 'Buyer', experience: 1 },
        ],
      },
    ],
    lanes: [
      { id: 'front', kind: 'front-stage', name: 'Channels' },
      { id: 'back', kind: 'back-stage', name: 'Capabilities' },
    ],
    touchpoints: [
      {
        id: 'waiting',
        stageId: 'check',
        laneId: 'back',
        text: 'No word while the credit check runs',
        departmentId: 'risk department',
        painPoint: { severity: 3, note: '' },
        linkedId: 'Credit Risk/Credit Application',
      },
      {
        id: 'app',
        stageId: 'sign',
        laneId: 'front',
        text: 'Sign in the app',
        departmentId: '',
        painPoint: null,
        linkedId: null,
      },
    ],
  })
  return model
}

describe('impact across board kinds', () => {
  it('follows a failing service down the network, into offerings, needs, personas and journeys', () => {
    const impact = impactOf(acrossKinds(), 'Customer Lifecycle Management/KYC')!
    expect(impact.target).toEqual({
      id: 'Customer Lifecycle Management/KYC',
      kind: 'service',
      cubeId: 'Customer Lifecycle Management',
    })
    expect(impact.cubes.map((cube) => [cube.cubeId, cube.distance])).toEqual([
      ['Credit Risk', 1],
      ['Mortgage Loan', 2],
      ['Home Loan', 3],
      ['Real Estate Loan', 3],
    ])
    expect(impact.cubes[1]!.path).toEqual([
      'Customer Lifecycle Management',
      'Credit Risk',
      'Mortgage Loan',
    ])
    expect(impact.offerings).toEqual(['Bank/Loan management'])
    expect(impact.needs).toEqual(['Buyer/Keeps the loan running'])
    expect(impact.personas).toEqual([
      { personaId: 'Buyer', before: { met: 2, total: 2 }, after: { met: 1, total: 2 } },
    ])
    // The pain point traces to a back-stage cube: Credit Risk fails, so its touchpoint does.
    expect(impact.touchpoints).toEqual(['waiting'])
    expect(impact.stages).toEqual(['check'])
  })

  it('takes a whole cube with it when a process step fails, and knows nothing of other things', () => {
    const model = acrossKinds()
    const impact = impactOf(model, 'Credit Risk/KYC')!
    expect(impact.target.kind).toBe('process-step')
    expect(impact.cubes.map((cube) => cube.cubeId)).toEqual([
      'Mortgage Loan',
      'Home Loan',
      'Real Estate Loan',
    ])
    expect(impact.touchpoints).toEqual(['waiting'])
    expect(impactOf(model, 'Buyer')).toBeNull()
    expect(impactOf(model, 'Reporting')).toMatchObject({ cubes: [], offerings: [], personas: [] })
  })

  it('offers each cube whole and its services, processes and steps, and names what is no cube', () => {
    const model = acrossKinds()
    const credit = impactChoices(model).find((choice) => choice.cubeId === 'Credit Risk')!
    expect(credit.title).toBe('Credit Risk')
    expect(credit.items.map((item) => item.id)).toEqual(
      model.items
        .filter((item) => item.cubeId === 'Credit Risk')
        .filter((item) => ['service', 'process', 'process-step'].includes(item.kind))
        .map((item) => item.id),
    )
    expect(credit.items.map((item) => item.label)).toContain(
      itemLabel({ kind: 'process-step', text: 'KYC' }),
    )
    const names = impactNames(model)
    expect(names['Buyer']).toBe('Buyer')
    expect(names['check']).toContain('Credit check')
    expect(names['Credit Risk']).toBeUndefined()
    const impact = impactOf(model, 'Customer Lifecycle Management/KYC')!
    expect(failedCubeIds(impact)).toEqual(
      new Set([
        'Customer Lifecycle Management',
        'Credit Risk',
        'Mortgage Loan',
        'Home Loan',
        'Real Estate Loan',
      ]),
    )
  })
})

describe('the principles matrix', () => {
  it('names who is responsible for each principle, and a principle no unit owns as a gap', () => {
    const model = new ModelBuilder().cube('Payments', 'Finance').cube('App', 'Digital').build()
    model.principles.push({
      id: 'matrix',
      title: 'Principles',
      rows: [
        { id: 'listen', key: 'listening', name: 'Systematic listening to customers' },
        { id: 'measure', key: 'measuring', name: 'Measuring from the customer’s perspective' },
      ],
      cells: [
        { rowId: 'listen', departmentId: 'digital', role: 'responsible', note: '' },
        { rowId: 'listen', departmentId: 'finance', role: 'contributes', note: 'data' },
        { rowId: 'measure', departmentId: 'finance', role: 'contributes', note: '' },
      ],
    })
    const { principles, gaps } = modelAnalysis(model)
    expect(principles.principles.map((p) => [p.rowId, p.responsible, p.contributes])).toEqual([
      ['listen', ['digital'], ['finance']],
      ['measure', [], ['finance']],
    ])
    expect(gaps.principlesWithoutOwner).toEqual([
      { matrixId: 'matrix', rowId: 'measure', name: 'Measuring from the customer’s perspective' },
    ])
  })
})
