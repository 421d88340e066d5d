import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TLPageId } from 'tldraw'
import {
  linkNeedToOffering,
  needsOf,
  offeringItemsOf,
  valueLinksOf,
  valueZoneCoverageOf,
  type TLOrganisationShape,
  type TLPersonaShape,
} from '@/lib/shapes'
import { buildPersonaValueZone } from '@/lib/kinds/value-zone/persona-value-zone'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { joinBoard, leaveBoard, type Participant } from '../helpers/participants'
import { batchChangesPerManualFrame, documentRecords, endFrame } from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

/** A board with the mortgage value zone, and three participants who have all received it. */
async function valueZoneBoard() {
  const boardId = await createTestBoard(server)
  const people = await Promise.all([1, 2, 3].map(() => joinBoard(server.syncUrl, boardId)))
  const [ada] = people
  buildPersonaValueZone(ada!.store, 'page:page' as TLPageId)
  endFrame(ada!.store)
  const everything = JSON.stringify(documentRecords(ada!.store))
  await eventually(
    () => people.every((one) => JSON.stringify(documentRecords(one.store)) === everything),
    'the template at every participant',
  )
  const shapes = documentRecords(ada!.store)
  const homeBuyer = shapes.find(
    (record): record is TLPersonaShape =>
      record.typeName === 'shape' &&
      record.type === 'persona' &&
      record.props.name === 'Self-service home buyer',
  )!
  const organisation = shapes.find(
    (record): record is TLOrganisationShape =>
      record.typeName === 'shape' && record.type === 'organisation',
  )!
  return { people, homeBuyer, organisation }
}

function overallAt(participant: Participant, personaId: TLPersonaShape['id']) {
  return valueZoneCoverageOf(participant.store).byPersona.get(personaId)?.overall.percent
}

function leave(people: Participant[]) {
  for (const participant of people) leaveBoard(participant)
}

describe('value zone shared live', () => {
  it('keeps both edits when two participants edit two needs of one persona at once', async () => {
    const { people, homeBuyer } = await valueZoneBoard()
    const [ada, bo] = people as [Participant, Participant, Participant]
    const [first, second] = needsOf(ada.store, homeBuyer.id)
    ada.store.update(first!.id, (need) => ({ ...need, text: 'Apply in the app, any time' }))
    bo.store.update(second!.id, (need) => ({ ...need, text: 'Answer within one day' }))
    endFrame(ada.store, bo.store)
    await eventually(
      () =>
        people.every(
          (one) =>
            one.store.get(first!.id)?.text === 'Apply in the app, any time' &&
            one.store.get(second!.id)?.text === 'Answer within one day',
        ),
      'both edits at every participant',
    )
    leave(people)
  })

  it('updates coverage for every participant when a need is fulfilled and unfulfilled', async () => {
    const { people, homeBuyer, organisation } = await valueZoneBoard()
    const [ada, bo] = people as [Participant, Participant, Participant]
    // The template leaves three of the home buyer's six needs unmet.
    expect(people.map((one) => overallAt(one, homeBuyer.id))).toEqual([50, 50, 50])

    const unmet = needsOf(bo.store, homeBuyer.id).find(
      (need) => need.text === 'See my repayment plan before I sign',
    )!
    const homeLoan = offeringItemsOf(bo.store, organisation.id).find(
      (item) => item.text === 'Home Loan',
    )!
    const { link } = linkNeedToOffering(bo.store, unmet.id, homeLoan.id, 'plan shown in the app')
    endFrame(bo.store)
    await eventually(
      () => people.every((one) => overallAt(one, homeBuyer.id) === 67),
      'coverage 4 of 6 at every participant',
    )

    ada.store.remove([link!.id])
    endFrame(ada.store)
    await eventually(
      () => people.every((one) => overallAt(one, homeBuyer.id) === 50),
      'coverage back to 3 of 6 at every participant',
    )
    expect(valueLinksOf(bo.store).some((one) => one.id === link!.id)).toBe(false)
    leave(people)
  })
})
