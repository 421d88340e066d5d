import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { newCubeItem, type TLCubeItem } from '@/lib/shapes'
import { StoreBinding } from '@/lib/sync/store-binding'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { joinBoard, leaveBoard, type Participant } from '../helpers/participants'
import {
  batchChangesPerManualFrame,
  cubeShape,
  documentRecords,
  endFrame,
  newStore,
} from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

const join = (boardId: string) => joinBoard(server.syncUrl, boardId)

async function boardWithTwoServices() {
  const boardId = await createTestBoard(server)
  const ada = await join(boardId)
  const bo = await join(boardId)
  const cube = cubeShape()
  ada.store.put([cube])
  const loan = newCubeItem(ada.store, { cubeId: cube.id, kind: 'service', text: 'Loan' })
  ada.store.put([loan])
  const advice = newCubeItem(ada.store, { cubeId: cube.id, kind: 'service', text: 'Advice' })
  ada.store.put([advice])
  endFrame(ada.store)
  await eventually(() => bo.store.has(advice.id), 'both services at Bo')
  return { boardId, ada, bo, loan, advice }
}

function edit(participant: Participant, item: TLCubeItem, change: Partial<TLCubeItem>): void {
  participant.store.update(item.id, (current) => ({ ...current, ...change }))
}

/** Waits until both stores and both docs agree, then checks the database agrees too. */
async function settled(boardId: string, ada: Participant, bo: Participant) {
  endFrame(ada.store, bo.store)
  ada.binding.flush()
  bo.binding.flush()
  const contents = (participant: Participant) => JSON.stringify(documentRecords(participant.store))
  await eventually(() => contents(ada) === contents(bo), 'both stores identical')
  const expected = documentRecords(ada.store)
  leaveBoard(ada)
  leaveBoard(bo)
  await eventually(() => server.rooms.size === 0, 'room written and unloaded', 10_000)
  const stored = await new BoardLogStore(server.database.db).load(boardId)
  const storedDoc = new Y.Doc()
  for (const update of stored!.updates) Y.applyUpdate(storedDoc, update)
  const fromDatabase = newStore()
  new StoreBinding({ store: fromDatabase, doc: storedDoc, readOnly: true }).start()
  expect(documentRecords(fromDatabase)).toEqual(expected)
  return fromDatabase
}

describe('face items edited at the same moment', () => {
  it('keeps both edits when two participants edit two items of one cube', async () => {
    const { boardId, ada, bo, loan, advice } = await boardWithTwoServices()
    edit(ada, loan, { text: 'Home Loan' })
    edit(bo, advice, { text: 'Mortgage advice', terms: 'within one week' })
    const stored = await settled(boardId, ada, bo)
    expect(stored.get(loan.id)).toMatchObject({ text: 'Home Loan', terms: '' })
    expect(stored.get(advice.id)).toMatchObject({
      text: 'Mortgage advice',
      terms: 'within one week',
    })
  })

  it('keeps both when one participant edits an item text and the other its terms', async () => {
    const { boardId, ada, bo, loan } = await boardWithTwoServices()
    edit(ada, loan, { text: 'Home Loan' })
    edit(bo, loan, { terms: 'decision within two days' })
    const stored = await settled(boardId, ada, bo)
    expect(stored.get(loan.id)).toMatchObject({
      text: 'Home Loan',
      terms: 'decision within two days',
    })
  })

  it('keeps both when two participants add an item to one group at once', async () => {
    const { boardId, ada, bo, loan } = await boardWithTwoServices()
    const kyc = newCubeItem(ada.store, { cubeId: loan.cubeId, kind: 'service', text: 'KYC' })
    const payments = newCubeItem(bo.store, {
      cubeId: loan.cubeId,
      kind: 'service',
      text: 'Payments',
    })
    ada.store.put([kyc])
    bo.store.put([payments])
    const stored = await settled(boardId, ada, bo)
    expect(stored.get(kyc.id)).toMatchObject({ text: 'KYC' })
    expect(stored.get(payments.id)).toMatchObject({ text: 'Payments' })
  })
})
