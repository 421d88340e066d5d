import { describe, expect, it } from 'vitest'
import {
  boardGaps,
  conflictText,
  cubeItemTypeName,
  cubeShapeType,
  departmentRelations,
  modelFromRecords,
  serviceLinkShapeType,
} from '@/lib/model'
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

describe('two providers drawn for one step', () => {
  const cube = (id: string, title: string) => ({
    id,
    typeName: 'shape',
    type: cubeShapeType,
    props: { title, department: 'Logistics' },
  })
  const item = (id: string, cubeId: string, face: string, kind: string, text: string) => ({
    id,
    typeName: cubeItemTypeName,
    cubeId,
    face,
    kind,
    text,
    terms: '',
    processId: kind === 'process-step' ? 'cube_item:flow' : null,
    index: 'a1',
    meta: {},
  })
  const link = (id: string, serviceId: string) => ({
    id,
    typeName: 'shape',
    type: serviceLinkShapeType,
    props: { serviceId, stepId: 'cube_item:pick', label: '' },
  })
  const records = [
    cube('shape:shop', 'Warehouse'),
    cube('shape:home', 'Home delivery team'),
    cube('shape:lock', 'Lockers'),
    item('cube_item:flow', 'shape:shop', 'back-stage', 'process', 'Fulfil'),
    item('cube_item:pick', 'shape:shop', 'back-stage', 'process-step', 'Pick and pack'),
    item('cube_item:home', 'shape:home', 'front-stage', 'service', 'Home delivery'),
    item('cube_item:locker', 'shape:lock', 'front-stage', 'service', 'Locker pick-up'),
    link('shape:link-1', 'cube_item:home'),
    link('shape:link-2', 'cube_item:locker'),
  ]

  it('lists the later link as a conflicting provider, and its service as in use', () => {
    const model = modelFromRecords(records)
    const gaps = boardGaps(model)
    expect(gaps.conflictingLinks.map((l) => [l.id, l.serviceId, l.keptLinkId])).toEqual([
      ['shape:link-2', 'cube_item:locker', 'shape:link-1'],
    ])
    // Its arrow shows Locker pick-up serving Pick and pack: it is not unused.
    expect(gaps.unconsumedServices).toEqual([])
  })

  it('says which provider the step already has', () => {
    expect(conflictText('Pick and pack', 'Home delivery', 'Home delivery team')).toBe(
      'Pick and pack already has a provider: Home delivery (Home delivery team)',
    )
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
