import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCubeItem, type TLCubeItem } from '@/lib/shapes'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { joinBoard, settledAndStored, type Participant } from '../helpers/participants'
import { batchChangesPerManualFrame, cubeShape, endFrame } from '../helpers/tldraw-stores'

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

const settled = (boardId: string, ada: Participant, bo: Participant) =>
  settledAndStored(server, boardId, ada, bo)

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
