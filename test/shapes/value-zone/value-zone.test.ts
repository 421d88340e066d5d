import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { TLPageId, TLShapeId } from 'tldraw'
import {
  checkValueLinkIn,
  keepRecordsWhole,
  shapeSchemas,
  linkNeedToOffering,
  needsOf,
  newCubeItem,
  newOfferingItem,
  newPersonaNeed,
  offeringItemName,
  offeringItemsOf,
  offeringItemValidator,
  refusalAsNeed,
  refusalAsOffering,
  removeNeeds,
  valueLinksOf,
  valueZoneCoverageOf,
  type TLPersonaShape,
} from '@/lib/shapes'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import { StoreBinding } from '@/lib/sync/store-binding'
import {
  buildBlankValueZone,
  buildPersonaValueZone,
} from '@/lib/kinds/value-zone/persona-value-zone'
import { valueZoneTemplates } from '@/lib/kinds/value-zone/templates'
import { cubeShape, documentRecords, newStore } from '../../helpers/tldraw-stores'

const page = 'page:page' as TLPageId

function personas(store: ReturnType<typeof newStore>) {
  return documentRecords(store).filter(
    (record): record is TLPersonaShape => record.typeName === 'shape' && record.type === 'persona',
  )
}

describe('the value zone in a board store', () => {
  it('links a need to a product, refuses a goal with its reason, and counts coverage', () => {
    const store = newStore()
    buildBlankValueZone(store, page)
    const [persona] = personas(store)
    const organisationId = documentRecords(store).find(
      (record) => record.typeName === 'shape' && record.type === 'organisation',
    )!.id as TLShapeId
    const fast = newPersonaNeed(store, {
      personaId: persona!.id,
      text: 'Fast answer',
      stated: true,
    })
    store.put([fast])
    const safe = newPersonaNeed(store, { personaId: persona!.id, text: 'Safe', stated: false })
    store.put([safe])
    const goal = newOfferingItem(store, { organisationId, kind: 'goal', text: 'Grow' })
    store.put([goal])
    const loan = newOfferingItem(store, { organisationId, kind: 'product', text: 'Home Loan' })
    store.put([loan])

    expect(checkValueLinkIn(store, fast.id, goal.id)).toMatchObject({ allowed: false })
    expect(linkNeedToOffering(store, loan.id, fast.id)).toMatchObject({ allowed: false })
    expect(valueLinksOf(store)).toEqual([])
    expect(linkNeedToOffering(store, fast.id, loan.id, 'decided in the app').allowed).toBe(true)

    const coverage = valueZoneCoverageOf(store)
    expect(coverage.byPersona.get(persona!.id)).toMatchObject({
      stated: { met: 1, total: 1 },
      unstated: { met: 0, total: 1 },
      overall: { percent: 50 },
    })
    expect([...coverage.unmetNeedIds]).toEqual([safe.id])

    // What the zone's lists offer: needs to start at, products and services to fulfil them.
    expect(refusalAsNeed(store, fast.id)).toBeNull()
    expect(refusalAsNeed(store, loan.id)).toMatch(/starts at a need/)
    expect(refusalAsOffering(store, '', loan.id)).toBeNull()
    expect(refusalAsOffering(store, '', goal.id)).toMatch(/goal/i)
    expect(refusalAsOffering(store, safe.id, fast.id)).toMatch(/not by another need/)
    expect(refusalAsOffering(store, fast.id, loan.id)).toMatch(/already fulfilled/)
    expect(refusalAsOffering(store, safe.id, loan.id)).toBeNull()

    removeNeeds(store, [fast.id])
    expect(valueLinksOf(store)).toEqual([])
    expect(valueZoneCoverageOf(store).idleOfferingIds.has(loan.id)).toBe(true)
  })

  it('ships the mortgage template with two personas, stated and unstated needs, and gaps', () => {
    const store = newStore()
    buildPersonaValueZone(store, page)
    const [homeBuyer, corporate] = personas(store).sort((a, b) => a.y - b.y)
    expect(homeBuyer!.props.name).toBe('Self-service home buyer')
    expect(corporate!.props.name).toBe('Corporate property client')
    const coverage = valueZoneCoverageOf(store)
    expect(coverage.byPersona.get(homeBuyer!.id)).toEqual({
      stated: { met: 2, total: 3, percent: 67 },
      unstated: { met: 1, total: 3, percent: 33 },
      overall: { met: 3, total: 6, percent: 50 },
    })
    expect(coverage.byPersona.get(corporate!.id)!.overall).toEqual({
      met: 3,
      total: 5,
      percent: 60,
    })
    expect(coverage.idleOfferingIds.size).toBeGreaterThan(0)
  })
})

describe('deleting value-zone shapes', () => {
  it('takes a persona’s needs and their links along, in one undoable change', () => {
    const store = newStore()
    const stop = keepRecordsWhole(store, shapeSchemas)
    buildPersonaValueZone(store, page)
    const [homeBuyer, corporate] = personas(store).sort((a, b) => a.y - b.y)
    const linksBefore = valueLinksOf(store).length
    const homeBuyerNeeds = needsOf(store, homeBuyer!.id).map((need) => need.id)
    const homeBuyerLinks = valueLinksOf(store).filter((link) =>
      homeBuyerNeeds.includes(link.needId),
    )
    expect(homeBuyerLinks.length).toBeGreaterThan(0)

    store.remove([homeBuyer!.id])
    expect(needsOf(store, homeBuyer!.id)).toEqual([])
    expect(valueLinksOf(store)).toHaveLength(linksBefore - homeBuyerLinks.length)
    expect(needsOf(store, corporate!.id)).not.toEqual([])
    stop()
  })

  it('takes an organisation’s items and every link to them along', () => {
    const store = newStore()
    const stop = keepRecordsWhole(store, shapeSchemas)
    buildPersonaValueZone(store, page)
    const organisation = documentRecords(store).find(
      (record) => record.typeName === 'shape' && record.type === 'organisation',
    )!
    store.remove([organisation.id as TLShapeId])
    expect(offeringItemsOf(store, organisation.id as TLShapeId)).toEqual([])
    expect(valueLinksOf(store)).toEqual([])
    stop()
  })
})

describe('a cube’s service on the organisation side', () => {
  it('shows the service’s current name, and only a service may be one', () => {
    const store = newStore()
    buildBlankValueZone(store, page)
    const cube = cubeShape()
    store.put([cube])
    const kyc = newCubeItem(store, { cubeId: cube.id, kind: 'service', text: 'KYC' })
    store.put([kyc])
    const organisationId = documentRecords(store).find(
      (record) => record.typeName === 'shape' && record.type === 'organisation',
    )!.id as TLShapeId
    const picked = newOfferingItem(store, {
      organisationId,
      kind: 'service',
      text: kyc.text,
      cubeItemId: kyc.id,
    })
    store.put([picked])
    store.update(kyc.id, (item) => ({ ...item, text: 'Know your customer' }))
    expect(offeringItemName(store, store.get(picked.id)!)).toBe('Know your customer')

    expect(() => offeringItemValidator.validate({ ...picked, kind: 'product' })).toThrow(
      /only a service can be a cube's service/,
    )
  })
})

describe('seeding a new board with a value-zone template', () => {
  it('gives the board the template’s records, as the server writes them into the doc', () => {
    const update = boardSeedUpdate(valueZoneTemplates['persona-value-zone']())
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    const store = newStore()
    new StoreBinding({ store, doc, readOnly: true }).start()
    const overall = [...valueZoneCoverageOf(store).byPersona.values()].map(
      (coverage) => coverage.overall.percent,
    )
    expect(overall.sort()).toEqual([50, 60])
    expect(valueLinksOf(store)).toHaveLength(6)
  })

  it('gives a blank board one empty persona, a value zone and an organisation', () => {
    const records = valueZoneTemplates['blank-value-zone']()
    const types = records.flatMap((record) => (record.typeName === 'shape' ? [record.type] : []))
    expect(types.sort()).toEqual(['organisation', 'persona', 'value_zone'])
    expect(records.filter((record) => record.typeName !== 'shape')).toEqual([])
  })
})
