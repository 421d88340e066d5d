import { describe, expect, it } from 'vitest'
import { cycleAnalysis, dependenciesOf, dependencyCycles } from '@/lib/model'
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

  it('reports every cycle of a figure eight, and each side names its own', () => {
    const model = new ModelBuilder()
      .cube('Hub', 'H')
      .cube('Left', 'L')
      .cube('Right', 'R')
      .link('Hub', 'h1', 'Left', 'l1')
      .link('Left', 'l2', 'Hub', 'h2')
      .link('Hub', 'h3', 'Right', 'r1')
      .link('Right', 'r2', 'Hub', 'h4')
      .build()
    expect(dependencyCycles(model)).toEqual([
      ['Hub', 'Left'],
      ['Hub', 'Right'],
    ])
    expect(dependenciesOf(model, 'Right').cycles).toEqual([['Hub', 'Right']])
    expect(dependenciesOf(model, 'Left').cycles).toEqual([['Hub', 'Left']])
    expect(dependenciesOf(model, 'Hub').cycles).toHaveLength(2)
    expect(cycleAnalysis(model).groups).toEqual([['Hub', 'Left', 'Right']])
  })

  it('gives each elementary cycle once, in "relies on" order from its smallest cube', () => {
    // Every cube relies on every other: 4 cubes hold 6 two-cube, 8 three-cube and 6 four-cube cycles.
    const builder = new ModelBuilder()
    const names = ['A', 'B', 'C', 'D']
    for (const name of names) builder.cube(name, 'X')
    for (const provider of names)
      for (const consumer of names)
        if (provider !== consumer)
          builder.link(provider, `to ${consumer}`, consumer, `from ${provider}`)
    const cycles = dependencyCycles(builder.build())
    expect(cycles.map((cycle) => cycle.length)).toEqual([
      2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4,
    ])
    expect(new Set(cycles.map((cycle) => cycle.join(''))).size).toBe(20)
    for (const cycle of cycles) expect(cycle[0]).toBe([...cycle].sort()[0])
    expect(cycles).toContainEqual(['A', 'C', 'B'])
    expect(cycles).toContainEqual(['A', 'B', 'C'])
  })

  it('stops at its limit on a huge tangle, says so, and still names the groups', () => {
    const builder = new ModelBuilder()
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']
    for (const name of names) builder.cube(name, 'X')
    for (const provider of names)
      for (const consumer of names)
        if (provider !== consumer)
          builder.link(provider, `to ${consumer}`, consumer, `from ${provider}`)
    const analysis = cycleAnalysis(builder.build())
    expect(analysis.complete).toBe(false)
    expect(analysis.cycles).toHaveLength(1000)
    expect(analysis.groups).toEqual([names])
    const small = cycleAnalysis(builder.build(), { maxCycles: 5, maxSteps: 1_000_000 })
    expect(small.cycles).toHaveLength(5)
  })
})
