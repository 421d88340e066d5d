import { describe, expect, it } from 'vitest'
import {
  impactOf,
  modelAnalysis,
  laneKindNames,
  searchModel,
  standardLaneKinds,
  stagesOf,
} from '@/lib/model'
import { recordsFromModel } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'
import { templateCatalogue } from '@/lib/templates/catalogue'
import { mortgageLoanNetwork } from '@/lib/kinds/cube-network/mortgage-loan-network'
import { seededBoard } from '../../helpers/seeded-board'

describe('the experience map templates', () => {
  it('are offered by the catalogue as the journey kind’s, the blank one first', () => {
    expect(
      templateCatalogue.filter((entry) => entry.kind === 'journey').map((entry) => entry.id),
    ).toEqual(['blank-journey', 'home-loan-journey'])
  })

  it('a blank journey board holds one map: the standard lanes, one phase, one stage', () => {
    const { model, skipped } = seededBoard(templateRecords['blank-journey']())
    expect(skipped).toEqual([])
    expect(model.journeys).toHaveLength(1)
    const [journey] = model.journeys
    expect(journey!.lanes.map((lane) => lane.kind)).toEqual([...standardLaneKinds])
    expect(journey!.lanes.map((lane) => lane.name)).toEqual(
      standardLaneKinds.map((kind) => laneKindNames[kind]),
    )
    expect(journey!.phases.map((phase) => phase.stages.length)).toEqual([1])
    expect(journey!.touchpoints).toEqual([])
    expect(model.cubes).toEqual([])
  })
})

describe('the Home loan journey template', () => {
  const { model, skipped } = seededBoard(templateRecords['home-loan-journey']())
  const [journey] = model.journeys
  const touchpoint = (text: string) => journey!.touchpoints.find((t) => t.text === text)!
  const item = (cube: string, text: string) =>
    model.items.find((i) => i.cubeId === `shape:${cube}` && i.text === text)!

  it('holds the Mortgage loan network’s cubes and the two personas with needs and offerings', () => {
    expect(skipped).toEqual([])
    expect(model.cubes.map((cube) => cube.id).sort()).toEqual(
      mortgageLoanNetwork.cubes.map((cube) => cube.id).sort(),
    )
    expect(model.serviceLinks).toHaveLength(mortgageLoanNetwork.serviceLinks.length)
    expect(model.personas.map((persona) => persona.name).sort()).toEqual([
      'Corporate property client',
      'Self-service home buyer',
    ])
    // 6 needs of the home buyer, 5 of the corporate client, 3 of each fulfilled
    // (persona-value-zone.ts).
    expect(model.needs).toHaveLength(11)
    expect(model.fulfilments).toHaveLength(6)
  })

  it('maps the phases from becoming aware to living with the loan, for the home buyer', () => {
    expect(journey!.title).toBe('Home loan journey')
    expect(journey!.phases.map((phase) => phase.name)).toEqual([
      'Become aware',
      'Apply',
      'Decision',
      'Pay out',
      'Live with the loan',
    ])
    const stages = stagesOf(journey!)
    expect(stages).toHaveLength(7)
    const homeBuyer = model.personas.find((p) => p.name === 'Self-service home buyer')!
    expect(new Set(stages.map((stage) => stage.personaId))).toEqual(new Set([homeBuyer.id]))
    expect(stages.map((stage) => stage.experience)).toEqual([1, 0, -2, -1, 1, 2, 1])
  })

  it('has touchpoints in every lane, 23 in all, 18 of them linked to the cubes', () => {
    // Counted by hand from home-loan-journey.ts, stage by stage: 3+3+3+4+3+3+4.
    expect(journey!.touchpoints).toHaveLength(23)
    const perLane = journey!.lanes.map(
      (lane) => journey!.touchpoints.filter((t) => t.laneId === lane.id).length,
    )
    expect(perLane).toEqual([7, 7, 3, 6])
    expect(journey!.touchpoints.filter((t) => t.linkedId !== null)).toHaveLength(18)
    expect(modelAnalysis(model).journey.unlinkedTouchpoints).toHaveLength(5)
    expect(modelAnalysis(model).journey.stagesWithoutBackStage).toEqual([
      'journey_stage:looks-for-a-loan',
    ])
  })

  it('has the mobile app and the branch office as channels', () => {
    const channels = new Set(
      journey!.touchpoints
        .filter((t) => t.laneId === 'journey_lane:front-stage')
        .map((t) => model.items.find((i) => i.id === t.linkedId)?.text),
    )
    expect(channels).toEqual(new Set(['Mobile app', 'Branch office']))
  })

  it('links back-stage touchpoints to Credit Application, KYC and Loan disbursement', () => {
    expect(touchpoint('Credit check').linkedId).toBe(item('credit-risk', 'Credit Application').id)
    expect(touchpoint('Customer identified and screened').linkedId).toBe(
      item('customer-lifecycle-management', 'KYC').id,
    )
    expect(touchpoint('Loan paid out').linkedId).toBe(item('payments', 'Loan disbursement').id)
  })

  it('marks the two pain points', () => {
    const pains = journey!.touchpoints.filter((t) => t.painPoint)
    expect(pains.map((t) => t.text)).toEqual([
      'Asked for the same documents twice',
      'No word while the credit check runs',
    ])
    expect(pains.map((t) => t.painPoint!.severity)).toEqual([2, 3])
  })

  it('answers "if KYC fails, who feels it?" across the three kinds', () => {
    const impact = impactOf(model, item('customer-lifecycle-management', 'KYC').id)!
    expect(impact.touchpoints).toContain(touchpoint('Customer identified and screened').id)
    expect(impact.touchpoints).toContain(touchpoint('Credit check').id)
    expect(impact.stages).toContain('journey_stage:sends-documents')
    // The organisation's KYC is the CLM cube's: the corporate client's need loses its offering.
    expect(impact.personas.map((p) => p.personaId)).toContain(
      model.personas.find((p) => p.name === 'Corporate property client')!.id,
    )
  })

  it('is found by touchpoint', () => {
    expect(searchModel(model, 'same documents twice').map((match) => match.id)).toContain(
      touchpoint('Asked for the same documents twice').id,
    )
  })

  it('comes back the same from a board built from its model (export, import)', () => {
    const again = seededBoard(recordsFromModel(model))
    expect(again.skipped).toEqual([])
    expect(again.model).toEqual(model)
  })
})
