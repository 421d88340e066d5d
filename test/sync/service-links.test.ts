import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  deleteItemsWithTheirCube,
  deleteLinksWithTheirItems,
  linkService,
  newCubeItem,
  serviceLinksOf,
} from '@/lib/shapes'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { joinBoard, leaveBoard } from '../helpers/participants'
import { batchChangesPerManualFrame, cubeShape, endFrame } from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

describe('service links between participants', () => {
  it('a link one participant makes reaches the other, and deleting a cube removes its links for both', async () => {
    const boardId = await createTestBoard(server)
    const ada = await joinBoard(server.syncUrl, boardId)
    const bo = await joinBoard(server.syncUrl, boardId)
    const stop = [deleteItemsWithTheirCube(ada.store), deleteLinksWithTheirItems(ada.store)]
    const risk = cubeShape(undefined, { title: 'Credit Risk' })
    const clm = cubeShape(undefined, { title: 'CLM' })
    ada.store.put([risk, { ...clm, x: 900 }])
    const granting = newCubeItem(ada.store, { cubeId: risk.id, kind: 'process', text: 'Granting' })
    ada.store.put([granting])
    const step = newCubeItem(ada.store, {
      cubeId: risk.id,
      kind: 'process-step',
      text: 'KYC',
      processId: granting.id,
    })
    const kyc = newCubeItem(ada.store, { cubeId: clm.id, kind: 'service', text: 'KYC' })
    ada.store.put([step, kyc])
    expect(linkService(ada.store, kyc.id, step.id).allowed).toBe(true)
    endFrame(ada.store)
    await eventually(() => serviceLinksOf(bo.store).length === 1, 'link at Bo')

    ada.store.remove([clm.id])
    endFrame(ada.store)
    await eventually(
      () => serviceLinksOf(bo.store).length === 0 && !bo.store.has(kyc.id) && !bo.store.has(clm.id),
      'cube, its service and the link gone at Bo',
    )
    expect(bo.store.has(step.id)).toBe(true)
    stop.forEach((unregister) => unregister())
    leaveBoard(ada)
    leaveBoard(bo)
  })
})
