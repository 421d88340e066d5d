import { describe, expect, it } from 'vitest'
import { boardModelSchema, problemsOfIssues, storableCopy, type BoardModel } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

/** The problems an import of `model` is refused with, as `path rule` lines. */
function problemsOf(model: unknown): string[] {
  const parsed = boardModelSchema.safeParse(model)
  if (parsed.success) return []
  return problemsOfIssues(parsed.error.issues).map((problem) => `${problem.path} ${problem.rule}`)
}

function network(): BoardModel {
  return mortgageNetwork().build()
}

describe('checking a model file before anything is made of it', () => {
  it('accepts what the app exports, votes and conflicts included', () => {
    const model = network()
    model.votes = [{ targetId: 'Credit Risk', vote: 'Most important', dots: 3 }]
    expect(problemsOf(JSON.parse(JSON.stringify(model)))).toEqual([])
  })

  it('refuses links that break the rules, naming each one and the rule', () => {
    const model = network()
    const [first, second] = model.serviceLinks
    const step = model.items.find((item) => item.id === second!.stepId)!
    const service = model.items.find((item) => item.id === first!.serviceId)!
    const otherService = model.items.find(
      (item) =>
        item.kind === 'service' && item.id !== second!.serviceId && item.cubeId !== step.cubeId,
    )!
    model.serviceLinks.push(
      // A second provider for a step that has one.
      {
        ...second!,
        id: 'second',
        serviceId: otherService.id,
        providerCubeId: otherService.cubeId,
      },
      // The wrong way round.
      { ...first!, id: 'backwards', serviceId: step.id, stepId: service.id },
      // A cube serving itself.
      {
        ...first!,
        id: 'self',
        stepId: model.items.find((i) => i.cubeId === service.cubeId && i.kind === 'process-step')!
          .id,
      },
      // To an item that is not there.
      { ...first!, id: 'dangling', stepId: 'nowhere' },
    )
    expect(problemsOf(model)).toEqual([
      `$.serviceLinks[${model.serviceLinks.length - 4}] one-provider-per-step`,
      `$.serviceLinks[${model.serviceLinks.length - 3}] direction`,
      `$.serviceLinks[${model.serviceLinks.length - 2}] another-cube`,
      `$.serviceLinks[${model.serviceLinks.length - 1}] ends-missing`,
    ])
  })

  it('refuses duplicate ids, and an item with its cube’s id', () => {
    const model = network()
    model.items.push({ ...model.items[0]!, order: 99 })
    model.items.push({ ...model.items[1]!, id: model.cubes[0]!.id })
    const problems = problemsOf(model)
    expect(problems).toContain(`$.items[${model.items.length - 2}].id unique-id`)
    expect(problems).toContain(`$.items[${model.items.length - 1}].id unique-id`)
  })

  it('refuses dangling references, a department id the board would not keep, and unstorable text', () => {
    const model = new ModelBuilder().cube('Payments', 'Finance').build()
    model.departments[0]!.id = 'fin'
    model.cubes[0]!.departmentId = 'fin'
    model.cubes[0]!.title = 'Pay\u0000ments'
    model.needs.push({ id: 'need', personaId: 'nobody', text: 'x', stated: true, order: 0 })
    model.fulfilments.push({ id: 'f', needId: 'need', offeringId: 'nothing', note: '' })
    expect(problemsOf(model)).toEqual([
      '$.cubes[0].title storable-text',
      '$.departments[0].id department-id',
      '$.needs[0].personaId known-persona',
      '$.fulfilments[0].offeringId known-offering',
    ])
  })

  it('refuses orders with gaps, and names the limit a file goes over', () => {
    const model = new ModelBuilder().cube('Payments', 'Finance', [['service', 'Payout']]).build()
    model.items[0]!.order = 1
    expect(problemsOf(model)).toEqual(['$.items[0].order order-sequence'])
    const huge = { ...network(), cubes: Array.from({ length: 5001 }, () => model.cubes[0]) }
    const parsed = boardModelSchema.safeParse(huge)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((issue) => issue.message)).toContain(
      'at most 5,000 cubes fit on one board',
    )
  })

  it('stores what the live board holds, odd characters replaced rather than refused', () => {
    const model = new ModelBuilder().cube('Pay\u0000ments \ud800', 'Finance').build()
    const stored = storableCopy(model)
    expect(stored.cubes[0]!.title).toBe('Pay\uFFFDments \uFFFD')
    expect(problemsOf(stored)).toEqual([])
  })
})
