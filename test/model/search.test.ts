import { describe, expect, it } from 'vitest'
import { searchModel } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

describe('searching a model', () => {
  it('finds departments, cubes and items by every word, ignoring case and accents', () => {
    const model = mortgageNetwork()
      .cube('Försäljning', 'Sälj Avdelning', [['channel', 'Mobile app']])
      .build()
    expect(searchModel(model, 'kyc').map((m) => [m.kind, m.text, m.context])).toEqual([
      ['item', 'KYC', 'Service on Customer Lifecycle Management (Front Stage)'],
      ['item', 'KYC process', 'Process on Credit Risk (Back Stage)'],
      ['item', 'KYC', 'Process step on Credit Risk (Back Stage)'],
    ])
    expect(searchModel(model, 'FORSALJNING').map((m) => m.kind)).toEqual(['cube'])
    expect(searchModel(model, 'salj avdelning')[0]).toEqual({
      kind: 'department',
      id: 'Försäljning',
      text: 'Sälj Avdelning',
      context: 'Department of 1 cube',
    })
    expect(searchModel(model, 'mobile web')).toEqual([])
  })

  it('finds an item by its promise or terms too, and nothing for a blank query', () => {
    const model = new ModelBuilder().cube('Payments', 'Payment Department').build()
    model.items.push({
      id: 'i',
      cubeId: 'Payments',
      face: 'front-stage',
      kind: 'service',
      text: 'Disbursement',
      terms: 'same business day',
      processId: null,
      order: 0,
    })
    expect(searchModel(model, 'business day').map((m) => m.text)).toEqual(['Disbursement'])
    expect(searchModel(model, '   ')).toEqual([])
  })

  it('finds a thing whose words fall in different fields: a cube with its department', () => {
    const model = new ModelBuilder()
      .cube('Payments', 'Finance', [['service', 'Disbursement']])
      .cube('Card Payments', 'Retail', [['service', 'Card payments']])
      .cube('Ledger', 'Finance')
      .build()
    const found = searchModel(model, 'payments finance')
    expect(found.map((m) => [m.kind, m.text, m.context])).toEqual([
      ['cube', 'Payments', 'Cube of Finance'],
    ])
    // Its own name must hold one of the words: the department alone lists no cubes or items.
    expect(searchModel(model, 'finance').map((m) => m.kind)).toEqual(['department'])
    expect(searchModel(model, 'disbursement finance').map((m) => m.text)).toEqual(['Disbursement'])
  })

  it('folds letters that have no accent to strip: ø, æ, œ, ß', () => {
    const model = new ModelBuilder()
      .cube('Søknadsbehandling', 'Kundeservice')
      .cube('Lægeerklæring', 'Helse')
      .cube('Straße', 'Verkehr')
      .build()
    expect(searchModel(model, 'soknad').map((m) => m.text)).toEqual(['Søknadsbehandling'])
    expect(searchModel(model, 'laegeerklaering').map((m) => m.text)).toEqual(['Lægeerklæring'])
    expect(searchModel(model, 'STRASSE').map((m) => m.text)).toEqual(['Straße'])
    expect(searchModel(model, 'Søknad').map((m) => m.text)).toEqual(['Søknadsbehandling'])
  })
})
