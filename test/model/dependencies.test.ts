import { describe, expect, it } from 'vitest'
import { dependenciesOf, dependencyCycles } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

describe('dependencies of a cube', () => {
  it('follows service links upstream, with the shortest path to each provider', () => {
    const found = dependenciesOf(mortgageNetwork().build(), 'Home Loan')
    expect(found.upstream.map((step) => [step.depth, step.path.join(' → ')])).toEqual([
      [1, 'Home Loan → Mortgage Loan'],
      [2, 'Home Loan → Mortgage Loan → Credit Risk'],
      [2, 'Home Loan → Mortgage Loan → Payments'],
      [3, 'Home Loan → Mortgage Loan → Credit Risk → Customer Lifecycle Management'],
    ])
    expect(found.upstream[0]!.linkIds).toEqual([
      'Mortgage Loan/Loan management -> Home Loan/Manage the loan',
    ])
    expect(found.downstream).toEqual([])
    expect(found.cycles).toEqual([])
  })

  it('follows them downstream to everyone who relies on a cube', () => {
    const found = dependenciesOf(mortgageNetwork().build(), 'Customer Lifecycle Management')
    expect(found.upstream).toEqual([])
    expect(found.downstream.map((step) => step.cubeId)).toEqual([
      'Credit Risk',
      'Mortgage Loan',
      'Home Loan',
      'Real Estate Loan',
    ])
  })

  it('leaves out a cube nobody links', () => {
    const found = dependenciesOf(mortgageNetwork().build(), 'Reporting')
    expect([found.upstream, found.downstream, found.cycles]).toEqual([[], [], []])
  })

  it('finds cycles, once each, and the cubes in them', () => {
    const model = mortgageNetwork()
      .link('Home Loan', 'Customer insight', 'Customer Lifecycle Management', 'Profile update')
      .cube('A', 'X')
      .cube('B', 'Y')
      .link('A', 'a', 'B', 'b')
      .link('B', 'b2', 'A', 'a2')
      .build()
    const cycles = dependencyCycles(model)
    expect(cycles).toHaveLength(2)
    expect(cycles).toContainEqual(['A', 'B'])
    // Credit Risk relies on CLM (KYC), which relies on Home Loan, which relies on Mortgage Loan...
    expect(cycles).toContainEqual([
      'Credit Risk',
      'Customer Lifecycle Management',
      'Home Loan',
      'Mortgage Loan',
    ])
    expect(dependenciesOf(model, 'Payments').cycles).toEqual([])
    expect(dependenciesOf(model, 'B').cycles).toEqual([['A', 'B']])
  })

  it('finds cycles in a long chain of cubes without running out of stack', () => {
    const length = 50_000
    const model = new ModelBuilder().build()
    for (let i = 0; i < length; i++)
      model.cubes.push({ id: `c${i}`, title: `c${i}`, departmentId: 'd' })
    const link = (provider: number, consumer: number) => ({
      id: `${provider}->${consumer}`,
      serviceId: `s${provider}`,
      stepId: `p${consumer}`,
      providerCubeId: `c${provider}`,
      consumerCubeId: `c${consumer}`,
      label: '',
    })
    for (let i = 1; i < length; i++) model.serviceLinks.push(link(i, i - 1))
    expect(dependencyCycles(model)).toEqual([])
    model.serviceLinks.push(link(0, length - 1))
    expect(dependencyCycles(model)[0]).toHaveLength(length)
  })
})
