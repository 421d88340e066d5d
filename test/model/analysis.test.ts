import { describe, expect, it } from 'vitest'
import { modelAnalysis } from '@/lib/model'
import { ModelBuilder } from './model-builder'

/**
 * Hand-counted: A relies on B, B on C, C on A (one cycle); D offers a service nobody uses;
 * persona P has a stated need met by service S and an unstated one met by nothing; product Q
 * fulfils nothing.
 */
function board() {
  const model = new ModelBuilder()
    .cube('A', 'X')
    .cube('B', 'Y')
    .cube('C', 'Y')
    .cube('D', 'Z', [['service', 'Idle']])
    .link('B', 'b', 'A', 'a')
    .link('C', 'c', 'B', 'b-in')
    .link('A', 'x', 'C', 'c-in')
    .persona('P', ['Quick answer'])
    .need('P', 'Feels safe', false)
    .organisation('O', [
      ['service', 'S'],
      ['product', 'Q'],
    ])
    .fulfil('P/Quick answer', 'O/S')
    .build()
  return model
}

describe('the analysis of a model', () => {
  it('lists cycles and each cube’s dependencies with their shortest paths, nearest first', () => {
    const analysis = modelAnalysis(board())
    expect(analysis.cycles).toEqual([['A', 'B', 'C']])
    expect(analysis.cycleGroups).toEqual([['A', 'B', 'C']])
    expect(analysis.cyclesComplete).toBe(true)
    expect(analysis.dependencies.A).toEqual({
      dependsOn: [
        { cubeId: 'B', distance: 1, path: ['A', 'B'] },
        { cubeId: 'C', distance: 2, path: ['A', 'B', 'C'] },
      ],
      reliedOnBy: [
        { cubeId: 'C', distance: 1, path: ['A', 'C'] },
        { cubeId: 'B', distance: 2, path: ['A', 'C', 'B'] },
      ],
    })
    expect(analysis.dependencies.D).toEqual({ dependsOn: [], reliedOnBy: [] })
  })

  it('says what each department provides to and relies on from the others', () => {
    const departments = modelAnalysis(board()).departments
    expect(departments.find((d) => d.id === 'x')).toEqual({
      id: 'x',
      name: 'X',
      provides: [{ departmentId: 'y', links: ['A/x -> C/c-in'] }],
      reliesOn: [{ departmentId: 'y', links: ['B/b -> A/a'] }],
    })
    expect(departments.find((d) => d.id === 'z')).toEqual({
      id: 'z',
      name: 'Z',
      provides: [],
      reliesOn: [],
    })
  })

  it('names the gaps and each persona’s coverage', () => {
    const model = board()
    const kept = model.serviceLinks[0]!
    model.conflictingLinks.push({
      ...kept,
      id: 'late',
      serviceId: 'D/Idle',
      providerCubeId: 'D',
      keptLinkId: kept.id,
      rule: 'one-provider-per-step',
    })
    const { gaps, coverage } = modelAnalysis(model)
    // Its arrow shows Idle serving a step: it is listed as a conflict, not as unused.
    expect(gaps.unusedServices).toEqual([])
    expect(gaps.unprovidedSteps).toEqual([])
    expect(gaps.emptyFaces.map((face) => [face.cubeId, face.faces])).toEqual([
      ['A', ['experience']],
      ['B', ['experience']],
      ['C', ['experience']],
      ['D', ['experience', 'back-stage']],
    ])
    expect(gaps.conflictingProviders).toEqual([
      {
        linkId: 'late',
        stepId: 'A/a',
        step: 'a',
        consumerCubeId: 'A',
        consumer: 'A',
        providerCubeId: 'D',
        provider: 'D',
        keptLinkId: kept.id,
      },
    ])
    expect(gaps.unmetNeeds.map((need) => [need.id, need.stated])).toEqual([['P/Feels safe', false]])
    expect(gaps.idleOfferings.map((offering) => offering.id)).toEqual(['O/Q'])
    expect(gaps.personasWithoutNeeds).toEqual([])
    expect(coverage).toEqual([
      {
        personaId: 'P',
        name: 'P',
        stated: { met: 1, total: 1 },
        unstated: { met: 0, total: 1 },
        overall: { met: 1, total: 2 },
      },
    ])
  })
})
