import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import {
  boardGaps,
  dependenciesOf,
  dependencyCycles,
  modelFromRecords,
  type BoardModel,
} from '@/lib/model'
import { StoreBinding } from '@/lib/sync/store-binding'
import { templateRecords } from '@/lib/templates'
import { templateCatalogue } from '@/lib/templates/catalogue'
import { mortgageLoanNetwork } from '@/lib/kinds/cube-network/mortgage-loan-network'
import { documentRecords, newStore } from '../../helpers/tldraw-stores'

/** A template's board as a participant's store holds it after the first sync. */
function openedFrom(seed: Uint8Array) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, seed)
  const store = newStore()
  const skipped: string[] = []
  new StoreBinding({ store, doc, onSkippedRecord: (id) => skipped.push(id) }).start()
  return { store, skipped }
}

/** A model with every list in id order, for comparing two models whatever order they list things in. */
function canonical(model: BoardModel) {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id))
  return {
    ...model,
    departments: byId(model.departments).map((d) => ({ ...d, cubeIds: [...d.cubeIds].sort() })),
    cubes: byId(model.cubes),
    items: byId(model.items),
    serviceLinks: byId(model.serviceLinks),
  }
}

describe('the Mortgage loan network template', () => {
  const seed = boardSeedUpdate(templateRecords['mortgage-loan-network']())
  const { store, skipped } = openedFrom(seed)
  const model = modelFromRecords(documentRecords(store))
  const title = (id: string) => model.cubes.find((cube) => cube.id === id)?.title

  it('opens in a participant’s store with every record readable', () => {
    expect(skipped).toEqual([])
  })

  it('holds exactly the cubes of the example, each with its department and three filled faces', () => {
    expect(
      model.cubes.map((cube) => [
        cube.title,
        model.departments.find((d) => d.id === cube.departmentId)?.name,
      ]),
    ).toEqual([
      // By department, then title.
      ['Customer Lifecycle Management', 'CLM Department'],
      ['Real Estate Loan', 'Corporate Sales'],
      ['Mortgage Loan', 'Loan Management'],
      ['Payments', 'Payment Department'],
      ['Reporting', 'Reporting Department'],
      ['Home Loan', 'Retail Sales'],
      ['Credit Risk', 'Risk Department'],
    ])
    expect(boardGaps(model).cubesWithEmptyFaces).toEqual([])
    expect(canonical(model)).toEqual(canonical(mortgageLoanNetwork))
  })

  it('holds every service link of the example', () => {
    const links = model.serviceLinks.map((link) => {
      const item = (id: string) => model.items.find((i) => i.id === id)?.text
      return `${title(link.providerCubeId)}: ${item(link.serviceId)} → ${title(link.consumerCubeId)}: ${item(link.stepId)}`
    })
    expect(links.sort()).toEqual([
      'Credit Risk: Credit Application → Mortgage Loan: Credit Application',
      'Customer Lifecycle Management: KYC → Credit Risk: KYC',
      'Mortgage Loan: Loan Administration → Home Loan: Loan administration',
      'Mortgage Loan: Loan Administration → Real Estate Loan: Loan administration',
      'Mortgage Loan: Loan Application → Home Loan: Loan application',
      'Mortgage Loan: Loan Application → Real Estate Loan: Loan application',
      'Payments: Loan disbursement → Mortgage Loan: Disburse the loan',
      'Reporting: ESG reporting → Mortgage Loan: Report the loan',
    ])
  })

  it('answers the Home Loan trace with the chain of the example, and no cycles', () => {
    const trace = dependenciesOf(model, 'shape:home-loan')
    expect(trace.upstream.map((step) => [step.depth, step.path.map(title).join(' → ')])).toEqual([
      [1, 'Home Loan → Mortgage Loan'],
      [2, 'Home Loan → Mortgage Loan → Credit Risk'],
      [2, 'Home Loan → Mortgage Loan → Payments'],
      [2, 'Home Loan → Mortgage Loan → Reporting'],
      [3, 'Home Loan → Mortgage Loan → Credit Risk → Customer Lifecycle Management'],
    ])
    expect(dependencyCycles(model)).toEqual([])
  })

  it('has no service nobody uses; its in-house steps are the ones with no provider', () => {
    const gaps = boardGaps(model)
    expect(gaps.unconsumedServices).toEqual([])
    expect(gaps.unprovidedSteps.map((step) => `${title(step.cubeId)}: ${step.text}`)).toContain(
      'Customer Lifecycle Management: Screen sanctions lists',
    )
    expect(gaps.unprovidedSteps).toHaveLength(
      model.items.filter((item) => item.kind === 'process-step').length - model.serviceLinks.length,
    )
  })

  it('every template in the catalogue has what it puts on a board', () => {
    for (const template of templateCatalogue)
      expect(typeof templateRecords[template.id]).toBe('function')
  })
})
