import { describe, expect, it } from 'vitest'
import { modelChanges, storedModel, type BoardModel } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

/** The changes from the builder's model to that model after `edit`. */
function changesAfter(builder: ModelBuilder, edit: (model: BoardModel) => void) {
  const after = builder.build()
  edit(after)
  return modelChanges(builder.build(), after)
}

function find<T extends { id: string }>(things: T[], id: string): T {
  const thing = things.find((candidate) => candidate.id === id)
  if (!thing) throw new Error(`the test model has no ${id}`)
  return thing
}

function remove<T extends { id: string }>(things: T[], id: string): void {
  things.splice(things.indexOf(find(things, id)), 1)
}

/** Adds what `builder` makes to `model`, as another participant would have drawn it. */
function addFrom(model: BoardModel, builder: ModelBuilder): void {
  const extra = builder.build()
  for (const key of Object.keys(extra) as (keyof BoardModel)[]) {
    if (key !== 'version' && key !== 'votes') {
      ;(model[key] as { id: string }[]).push(...extra[key])
    }
  }
}

describe('model changes', () => {
  it('finds none between a model and itself', () => {
    const model = mortgageNetwork().persona('Young family', ['Quick answers']).build()
    expect(modelChanges(model, structuredClone(model))).toEqual([])
  })

  it('names an added cube with its department and counts its items in one line', () => {
    const changes = changesAfter(mortgageNetwork(), (model) =>
      addFrom(
        model,
        new ModelBuilder().cube('Valuation', 'Risk Department', [
          ['service', 'Home valuation'],
          ['channel', 'Surveyor visit'],
        ]),
      ),
    )
    expect(changes).toEqual([
      {
        kind: 'added',
        text: 'Cube “Valuation” (Risk Department) added with 2 items',
        targetId: 'Valuation',
      },
    ])
  })

  it('lists a removed cube once, not its items, and the links other cubes lost', () => {
    const changes = changesAfter(mortgageNetwork(), (model) => {
      remove(model.cubes, 'Credit Risk')
      model.items = model.items.filter((item) => item.cubeId !== 'Credit Risk')
      model.serviceLinks = model.serviceLinks.filter(
        (link) => link.providerCubeId !== 'Credit Risk' && link.consumerCubeId !== 'Credit Risk',
      )
    })
    expect(changes).toEqual([
      {
        kind: 'removed',
        text: 'Cube “Credit Risk” (Risk Department) removed with 3 items',
        targetId: null,
      },
      {
        kind: 'removed',
        text: 'Service “Credit Application” of “Credit Risk” no longer serves step “Credit Application” of “Mortgage Loan”',
        targetId: 'Mortgage Loan',
      },
      {
        kind: 'removed',
        text: 'Service “KYC” of “Customer Lifecycle Management” no longer serves step “KYC” of “Credit Risk”',
        targetId: 'Customer Lifecycle Management',
      },
    ])
  })

  it('does not list a link whose two cubes went with it', () => {
    const builder = new ModelBuilder()
      .cube('Credit Risk', 'Risk')
      .cube('CLM', 'CLM')
      .link('CLM', 'KYC', 'Credit Risk', 'KYC')
    const changes = changesAfter(builder, (model) => {
      model.cubes = []
      model.departments = []
      model.items = []
      model.serviceLinks = []
    })
    expect(changes.map((change) => change.text)).toEqual([
      'Cube “Credit Risk” (Risk) removed with 2 items',
      'Cube “CLM” (CLM) removed with 1 item',
    ])
  })

  it('tells a renamed cube and a cube moved to another department', () => {
    const changes = changesAfter(mortgageNetwork(), (model) => {
      find(model.cubes, 'Payments').title = 'Disbursement'
      find(model.cubes, 'Reporting').departmentId = 'risk department'
    })
    expect(changes).toEqual([
      { kind: 'changed', text: 'Cube “Payments” renamed to “Disbursement”', targetId: 'Payments' },
      {
        kind: 'changed',
        text: 'Cube “Reporting” moved from Reporting to Risk Department',
        targetId: 'Reporting',
      },
    ])
  })

  it('tells where an item was added and which cube an item was removed from', () => {
    const changes = changesAfter(mortgageNetwork(), (model) => {
      addFrom(
        model,
        new ModelBuilder()
          .item('Mortgage Loan', 'channel', 'Mobile app')
          .item('Credit Risk', 'process-step', 'Scoring', 'Credit Risk/KYC process'),
      )
      remove(model.items, 'Payments/Disbursement')
      model.serviceLinks = model.serviceLinks.filter(
        (link) => link.serviceId !== 'Payments/Disbursement',
      )
    })
    expect(changes.slice(0, 3)).toEqual([
      {
        kind: 'added',
        text: 'Channel “Mobile app” added to the Experience of “Mortgage Loan”',
        targetId: 'Mortgage Loan/Mobile app',
      },
      {
        kind: 'added',
        text: 'Process step “Scoring” added to process “KYC process” on “Credit Risk”',
        targetId: 'Credit Risk/Scoring',
      },
      {
        kind: 'removed',
        text: 'Service “Disbursement” removed from the Front Stage of “Payments”',
        targetId: 'Payments',
      },
    ])
  })

  it('tells an item renamed, its terms changed or cleared, and one moved to another face', () => {
    const builder = mortgageNetwork()
      .item('Mortgage Loan', 'service', 'Valuation')
      .item('Mortgage Loan', 'brand', 'Nordbank')
    const termed = builder.build()
    find(termed.items, 'Credit Risk/Credit Application').terms = 'Answer within a day'
    const changes = modelChanges(
      termed,
      (() => {
        const after = structuredClone(termed)
        find(after.items, 'Mortgage Loan/Valuation').text = 'Home valuation'
        find(after.items, 'Credit Risk/Credit Application').terms = ''
        find(after.items, 'Customer Lifecycle Management/KYC').terms = 'Same day'
        Object.assign(find(after.items, 'Mortgage Loan/Nordbank'), {
          face: 'back-stage',
          kind: 'policy',
        })
        return after
      })(),
    )
    expect(changes).toEqual([
      {
        kind: 'changed',
        text: 'Service “Credit Application” on “Credit Risk”: terms removed',
        targetId: 'Credit Risk/Credit Application',
      },
      {
        kind: 'changed',
        text: 'Service “KYC” on “Customer Lifecycle Management”: terms now “Same day”',
        targetId: 'Customer Lifecycle Management/KYC',
      },
      {
        kind: 'changed',
        text: 'Service “Valuation” on “Mortgage Loan” renamed to “Home valuation”',
        targetId: 'Mortgage Loan/Valuation',
      },
      {
        kind: 'changed',
        text: 'Brand “Nordbank” on “Mortgage Loan” changed to Policy',
        targetId: 'Mortgage Loan/Nordbank',
      },
      {
        kind: 'changed',
        text: 'Policy “Nordbank” on “Mortgage Loan” moved from the Experience to the Back Stage',
        targetId: 'Mortgage Loan/Nordbank',
      },
    ])
  })

  it('tells an item moved to another cube, and a step moved between processes', () => {
    const builder = mortgageNetwork().item('Credit Risk', 'process', 'Scoring process')
    const changes = changesAfter(builder, (model) => {
      Object.assign(find(model.items, 'Payments/Disbursement'), { cubeId: 'Mortgage Loan' })
      find(model.items, 'Credit Risk/KYC').processId = 'Credit Risk/Scoring process'
      find(model.items, 'Home Loan/Manage the loan').processId = null
    })
    expect(changes.map((change) => change.text)).toEqual([
      'Process step “Manage the loan” on “Home Loan” taken out of process “Manage the loan process”',
      'Process step “KYC” on “Credit Risk” moved to process “Scoring process”',
      'Service “Disbursement” moved from “Payments” to “Mortgage Loan”',
    ])
  })

  it('tells which service now serves which step, which no longer does, and a new label', () => {
    const builder = mortgageNetwork().item('Reporting', 'service', 'ESG report')
    const changes = changesAfter(builder, (model) => {
      model.serviceLinks.push({
        id: 'esg',
        serviceId: 'Reporting/ESG report',
        stepId: 'Credit Risk/KYC',
        providerCubeId: 'Reporting',
        consumerCubeId: 'Credit Risk',
        label: '',
      })
      remove(model.serviceLinks, 'Payments/Disbursement -> Mortgage Loan/Disburse the loan')
      find(
        model.serviceLinks,
        'Credit Risk/Credit Application -> Mortgage Loan/Credit Application',
      ).label = 'per application'
    })
    expect(changes).toEqual([
      {
        kind: 'added',
        text: 'Service “ESG report” of “Reporting” now serves step “KYC” of “Credit Risk”',
        targetId: 'esg',
      },
      {
        kind: 'removed',
        text: 'Service “Disbursement” of “Payments” no longer serves step “Disburse the loan” of “Mortgage Loan”',
        targetId: 'Mortgage Loan',
      },
      {
        kind: 'changed',
        text: 'The link from “Credit Application” to “Credit Application” relabelled “per application”',
        targetId: 'Credit Risk/Credit Application -> Mortgage Loan/Credit Application',
      },
    ])
  })

  it('tells a link that now joins another step, and one whose label was cleared', () => {
    const builder = mortgageNetwork()
    const labelled = builder.build()
    find(labelled.serviceLinks, 'Payments/Disbursement -> Mortgage Loan/Disburse the loan').label =
      'on signing'
    const after = structuredClone(labelled)
    Object.assign(
      find(after.serviceLinks, 'Customer Lifecycle Management/KYC -> Credit Risk/KYC'),
      {
        stepId: 'Mortgage Loan/Credit Application',
        consumerCubeId: 'Mortgage Loan',
      },
    )
    find(after.serviceLinks, 'Payments/Disbursement -> Mortgage Loan/Disburse the loan').label = ''
    expect(modelChanges(labelled, after)).toEqual([
      {
        kind: 'changed',
        text: 'Service “KYC” of “Customer Lifecycle Management” now serves step “Credit Application” of “Mortgage Loan”',
        targetId: 'Customer Lifecycle Management/KYC -> Credit Risk/KYC',
      },
      {
        kind: 'changed',
        text: 'The link from “Disbursement” to “Disburse the loan” lost its label',
        targetId: 'Payments/Disbursement -> Mortgage Loan/Disburse the loan',
      },
    ])
  })

  it('tells personas added, removed, renamed and described, counting needs that came or went', () => {
    const builder = new ModelBuilder()
      .persona('Young family', ['Quick answers'])
      .persona('Retiree', ['Safe savings', 'A person to talk to'])
    const changes = changesAfter(builder, (model) => {
      addFrom(model, new ModelBuilder().persona('Student', ['Low fees']))
      remove(model.personas, 'Retiree')
      model.needs = model.needs.filter((need) => need.personaId !== 'Retiree')
      Object.assign(find(model.personas, 'Young family'), {
        name: 'Young parents',
        description: 'First home, small children',
      })
    })
    expect(changes).toEqual([
      { kind: 'added', text: 'Persona “Student” added with 1 need', targetId: 'Student' },
      { kind: 'removed', text: 'Persona “Retiree” removed with 2 needs', targetId: null },
      {
        kind: 'changed',
        text: 'Persona “Young family” renamed to “Young parents”',
        targetId: 'Young family',
      },
      {
        kind: 'changed',
        text: 'Description of persona “Young parents” changed',
        targetId: 'Young family',
      },
    ])
  })

  it('tells needs added, removed (shown on their persona), reworded and no longer stated', () => {
    const builder = new ModelBuilder().persona('Young family', [
      'Quick answers',
      'Low rate',
      'Safety',
    ])
    const changes = changesAfter(builder, (model) => {
      addFrom(model, new ModelBuilder().need('Young family', 'Someone tells me of delays', false))
      remove(model.needs, 'Young family/Low rate')
      find(model.needs, 'Young family/Quick answers').text = 'Answers within a day'
      find(model.needs, 'Young family/Safety').stated = false
    })
    expect(changes).toEqual([
      {
        kind: 'added',
        text: 'Unstated need “Someone tells me of delays” added to persona “Young family”',
        targetId: 'Young family/Someone tells me of delays',
      },
      {
        kind: 'removed',
        text: 'Stated need “Low rate” removed from persona “Young family”',
        targetId: 'Young family',
      },
      {
        kind: 'changed',
        text: 'Stated need “Quick answers” of persona “Young family” now reads “Answers within a day”',
        targetId: 'Young family/Quick answers',
      },
      {
        kind: 'changed',
        text: 'Need “Safety” of persona “Young family” is now unstated',
        targetId: 'Young family/Safety',
      },
    ])
  })

  it('tells a need moved to another persona', () => {
    const builder = new ModelBuilder().persona('Young family', ['Low rate']).persona('Student')
    const changes = changesAfter(builder, (model) => {
      find(model.needs, 'Young family/Low rate').personaId = 'Student'
    })
    expect(changes).toEqual([
      {
        kind: 'changed',
        text: 'Stated need “Low rate” moved from persona “Young family” to “Student”',
        targetId: 'Young family/Low rate',
      },
    ])
  })

  it('tells organisations and offerings added, removed, renamed and of another kind', () => {
    const builder = new ModelBuilder()
      .organisation('Nordbank', [
        ['goal', 'Grow lending'],
        ['product', 'Home loan'],
      ])
      .organisation('Insurer', [['service', 'Home insurance']])
    const changes = changesAfter(builder, (model) => {
      addFrom(
        model,
        new ModelBuilder()
          .organisation('Broker', [['service', 'Advice']])
          .offering('Nordbank', 'service', 'Valuation'),
      )
      remove(model.organisations, 'Insurer')
      model.offerings = model.offerings.filter((o) => o.organisationId !== 'Insurer')
      remove(model.offerings, 'Nordbank/Grow lending')
      find(model.organisations, 'Nordbank').name = 'Nordbank AB'
      find(model.offerings, 'Nordbank/Home loan').text = 'Green home loan'
      find(model.offerings, 'Nordbank/Home loan').kind = 'service'
    })
    expect(changes).toEqual([
      { kind: 'added', text: 'Organisation “Broker” added with 1 offering', targetId: 'Broker' },
      { kind: 'removed', text: 'Organisation “Insurer” removed with 1 offering', targetId: null },
      {
        kind: 'changed',
        text: 'Organisation “Nordbank” renamed to “Nordbank AB”',
        targetId: 'Nordbank',
      },
      {
        kind: 'added',
        text: 'Service “Valuation” added to organisation “Nordbank AB”',
        targetId: 'Nordbank/Valuation',
      },
      {
        kind: 'removed',
        text: 'Business goal “Grow lending” removed from organisation “Nordbank”',
        targetId: 'Nordbank',
      },
      {
        kind: 'changed',
        text: 'Product “Home loan” of organisation “Nordbank AB” renamed to “Green home loan”',
        targetId: 'Nordbank/Home loan',
      },
      {
        kind: 'changed',
        text: 'Product “Home loan” of organisation “Nordbank AB” changed to Service',
        targetId: 'Nordbank/Home loan',
      },
    ])
  })

  it("leaves a cube's service renamed to the item's line, not the offering's too", () => {
    const builder = new ModelBuilder()
      .cube('Mortgage Loan', 'Loans', [['service', 'Valuation']])
      .organisation('Nordbank')
      .offering('Nordbank', 'service', 'Valuation', 'Mortgage Loan/Valuation')
    const changes = changesAfter(builder, (model) => {
      find(model.items, 'Mortgage Loan/Valuation').text = 'Home valuation'
      find(model.offerings, 'Nordbank/Valuation').text = 'Home valuation'
    })
    expect(changes.map((change) => change.text)).toEqual([
      'Service “Valuation” on “Mortgage Loan” renamed to “Home valuation”',
    ])
  })

  it('tells which need is now fulfilled by which offering, and which no longer is', () => {
    const builder = new ModelBuilder()
      .persona('Young family', ['Quick answers', 'Low rate'])
      .organisation('Nordbank', [
        ['service', 'Chat support'],
        ['product', 'Home loan'],
      ])
      .fulfil('Young family/Low rate', 'Nordbank/Home loan')
    const changes = changesAfter(builder, (model) => {
      addFrom(
        model,
        new ModelBuilder().fulfil('Young family/Quick answers', 'Nordbank/Chat support'),
      )
      model.fulfilments = model.fulfilments.filter((f) => f.needId !== 'Young family/Low rate')
    })
    expect(changes).toEqual([
      {
        kind: 'added',
        text: 'Need “Quick answers” of persona “Young family” now fulfilled by “Chat support” of “Nordbank”',
        targetId: 'Young family/Quick answers',
      },
      {
        kind: 'removed',
        text: 'Need “Low rate” of persona “Young family” no longer fulfilled by “Home loan” of “Nordbank”',
        targetId: 'Young family/Low rate',
      },
    ])
  })

  it('does not list a fulfilment whose need and offering went with it', () => {
    const builder = new ModelBuilder()
      .persona('Young family', ['Low rate'])
      .organisation('Nordbank', [['product', 'Home loan']])
      .fulfil('Young family/Low rate', 'Nordbank/Home loan')
    const changes = changesAfter(builder, (model) => {
      Object.assign(model, { needs: [], offerings: [], fulfilments: [] })
    })
    expect(changes.map((change) => change.text)).toEqual([
      'Stated need “Low rate” removed from persona “Young family”',
      'Product “Home loan” removed from organisation “Nordbank”',
    ])
  })

  it('lists cubes, items, links, personas, needs, organisations, offerings, fulfilments in order', () => {
    const builder = new ModelBuilder()
      .cube('Payments', 'Payment Department', [['service', 'Disbursement']])
      .persona('Young family', ['Quick answers'])
      .organisation('Nordbank', [['service', 'Chat support']])
    const changes = changesAfter(builder, (model) => {
      addFrom(
        model,
        new ModelBuilder()
          .fulfil('Young family/Quick answers', 'Nordbank/Chat support')
          .offering('Nordbank', 'product', 'Home loan')
          .organisation('Broker')
          .need('Young family', 'Low rate')
          .persona('Student')
          .item('Payments', 'process', 'Payout')
          .item('Payments', 'process-step', 'Pay', 'Payments/Payout')
          .cube('Loans', 'Loans', [['process', 'Lending']])
          .item('Loans', 'process-step', 'Pay out', 'Loans/Lending'),
      )
      model.serviceLinks.push({
        id: 'pay',
        serviceId: 'Payments/Disbursement',
        stepId: 'Loans/Pay out',
        providerCubeId: 'Payments',
        consumerCubeId: 'Loans',
        label: '',
      })
    })
    expect(changes.map((change) => change.text.split(' ')[0])).toEqual([
      'Cube',
      'Process',
      'Process',
      'Service',
      'Persona',
      'Stated',
      'Organisation',
      'Product',
      'Need',
    ])
  })
})

describe('a stored model', () => {
  it('reads back a model stored as JSON', () => {
    const model = mortgageNetwork().persona('Young family', ['Quick answers']).build()
    expect(storedModel(JSON.parse(JSON.stringify(model)))).toEqual(model)
  })

  it('reads a model stored before value zones as one with none', () => {
    const { personas, needs, organisations, offerings, fulfilments, ...cubesOnly } =
      mortgageNetwork().build()
    expect([personas, needs, organisations, offerings, fulfilments].flat()).toEqual([])
    expect(storedModel(cubesOnly)).toEqual(mortgageNetwork().build())
  })

  it('is none when what was stored cannot be read as a model', () => {
    const model = mortgageNetwork().build()
    const orphanItem = structuredClone(model)
    orphanItem.cubes = orphanItem.cubes.slice(1)
    for (const unreadable of [
      null,
      'a model',
      {},
      { ...model, version: 3 },
      { ...model, cubes: 'none' },
      { ...model, items: [{ ...model.items[0], face: 'side' }] },
      orphanItem,
    ]) {
      expect(storedModel(unreadable)).toBeNull()
    }
  })

  it('tells the results of votes that ended since, on what is still there', () => {
    const changes = changesAfter(mortgageNetwork(), (model) => {
      model.votes.push(
        { vote: 'Most important', targetId: 'Credit Risk', dots: 4 },
        { vote: 'Most important', targetId: 'shape:note', dots: 1 },
      )
    })
    expect(changes).toEqual([
      {
        kind: 'added',
        text: 'Vote “Most important”: 4 dots for Cube “Credit Risk”',
        targetId: 'Credit Risk',
      },
      {
        kind: 'added',
        text: 'Vote “Most important”: 1 dot for a shape on the board',
        targetId: 'shape:note',
      },
    ])
  })
})
