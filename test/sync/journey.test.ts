import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  journeyPartsOf,
  newTouchpoint,
  standardJourneyParts,
  type TLTouchpoint,
} from '@/lib/shapes/journey/part-records'
import { journeyShapeSchema, type TLJourneyShape } from '@/lib/shapes/journey/schema'
import { modelFromRecords } from '@/lib/model'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { joinBoard, settledAndStored, type Participant } from '../helpers/participants'
import {
  batchChangesPerManualFrame,
  documentRecords,
  endFrame,
  shapeRecord,
} from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

/** A journey board with one map and two touchpoints in one cell, at two stock clients. */
async function mapWithTwoTouchpoints() {
  const boardId = await createTestBoard(server, 'Journey', 'journey')
  const ada = await joinBoard(server.syncUrl, boardId)
  const bo = await joinBoard(server.syncUrl, boardId)
  const journey = shapeRecord<TLJourneyShape>(journeyShapeSchema, { title: 'Home loan' })
  ada.store.put([journey, ...standardJourneyParts(journey.id)])
  const { stages, lanes } = journeyPartsOf(ada.store, journey.id)
  const cell = { journeyId: journey.id, stageId: stages[0]!.id, laneId: lanes[1]!.id }
  const app = newTouchpoint(ada.store, { ...cell, text: 'Mobile app' })
  ada.store.put([app])
  const branch = newTouchpoint(ada.store, { ...cell, text: 'Branch office' })
  ada.store.put([branch])
  endFrame(ada.store)
  await eventually(() => bo.store.has(branch.id), 'both touchpoints at Bo')
  return { boardId, ada, bo, app, branch, journeyId: journey.id }
}

function edit(participant: Participant, touchpoint: TLTouchpoint, change: Partial<TLTouchpoint>) {
  participant.store.update(touchpoint.id, (current) => ({ ...current, ...change }))
}

describe('touchpoints edited at the same moment', () => {
  it('keeps both edits when two participants edit two touchpoints of one cell', async () => {
    const { boardId, ada, bo, app, branch } = await mapWithTwoTouchpoints()
    edit(ada, app, { text: 'Application in the mobile app', department: 'Retail Sales' })
    edit(bo, branch, { painSeverity: 2, painNote: 'asked for the same documents twice' })
    const stored = await settledAndStored(server, boardId, ada, bo)
    expect(stored.get(app.id)).toMatchObject({
      text: 'Application in the mobile app',
      department: 'Retail Sales',
      painSeverity: 0,
    })
    expect(stored.get(branch.id)).toMatchObject({
      text: 'Branch office',
      painSeverity: 2,
      painNote: 'asked for the same documents twice',
    })
  })

  it('keeps both when two participants add a touchpoint to one cell at once, and the model reads both', async () => {
    const { boardId, ada, bo, app, journeyId } = await mapWithTwoTouchpoints()
    const cell = { journeyId, stageId: app.stageId, laneId: app.laneId }
    const chat = newTouchpoint(ada.store, { ...cell, text: 'Chat' })
    const call = newTouchpoint(bo.store, { ...cell, text: 'Call centre' })
    ada.store.put([chat])
    bo.store.put([call])
    const stored = await settledAndStored(server, boardId, ada, bo)
    const [journey] = modelFromRecords(documentRecords(stored)).journeys
    expect(journey!.touchpoints.map((t) => t.text).sort()).toEqual([
      'Branch office',
      'Call centre',
      'Chat',
      'Mobile app',
    ])
  })
})
