import { describe, expect, it } from 'vitest'
import { boardGaps, departmentRelations } from '@/lib/model'
import { mortgageNetwork } from './model-builder'

describe('gaps of a board', () => {
  it('lists services nobody consumes, steps nobody provides and cubes with empty faces', () => {
    const model = mortgageNetwork()
      .item('Reporting', 'service', 'ESG report')
      .item('Credit Risk', 'process-step', 'Score the applicant', 'Credit Risk/KYC process')
      .item('Payments', 'channel', 'Bank transfer')
      .build()
    const gaps = boardGaps(model)
    expect(gaps.unconsumedServices.map((item) => item.id)).toEqual(['Reporting/ESG report'])
    expect(gaps.unprovidedSteps.map((item) => item.id)).toEqual(['Credit Risk/Score the applicant'])
    const payments = gaps.cubesWithEmptyFaces.find((cube) => cube.cubeId === 'Payments')
    expect(payments?.faces).toEqual(['back-stage'])
    const reporting = gaps.cubesWithEmptyFaces.find((cube) => cube.cubeId === 'Reporting')
    expect(reporting?.faces).toEqual(['experience', 'back-stage'])
  })

  it('finds nothing missing on a cube with every face filled and every link in place', () => {
    const model = mortgageNetwork().build()
    const filled = {
      ...model,
      cubes: model.cubes.filter((cube) => cube.id === 'Credit Risk'),
      items: model.items.filter((item) => item.cubeId === 'Credit Risk'),
    }
    filled.items.push({ ...filled.items[0]!, id: 'brand', face: 'experience', kind: 'brand' })
    const gaps = boardGaps(filled)
    expect(gaps.cubesWithEmptyFaces).toEqual([])
    expect(gaps.unconsumedServices).toEqual([])
    expect(gaps.unprovidedSteps).toEqual([])
  })
})

describe('what each department provides and relies on', () => {
  it('reads both sides of every service link', () => {
    const relations = departmentRelations(mortgageNetwork().build())
    const risk = relations.find((relation) => relation.departmentId === 'risk department')!
    expect(
      risk.provides.map((exchange) => [exchange.service.text, exchange.otherDepartmentId]),
    ).toEqual([['Credit Application', 'loan management']])
    expect(
      risk.reliesOn.map((exchange) => [exchange.step.text, exchange.otherDepartmentId]),
    ).toEqual([['KYC', 'clm department']])
    const reporting = relations.find((relation) => relation.departmentId === 'reporting')!
    expect([reporting.provides, reporting.reliesOn]).toEqual([[], []])
  })
})
