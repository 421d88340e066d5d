import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appContext } from '@/lib/app-context'
import { lastVisitOf } from '@/lib/sharing/member-store'
import { boardMembers } from '@/lib/db/schema'
import * as Y from 'yjs'
import { applyPageState } from '@/lib/sync/page-state'
import { docLayout, recordsOfDoc } from '@/lib/sync/record-layout'
import { boardOpening } from '@/lib/boards/board-opening'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { testOwnerId } from '../helpers/test-owner'
import { joinBoard, leaveBoard, type Participant } from '../helpers/participants'
import { batchChangesPerManualFrame, cubeShape, endFrame } from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

/** What the board page hands the test owner (whom test tokens are for) on opening it now. */
async function opening(boardId: string) {
  return boardOpening(await appContext(), { id: boardId, updatedAt: new Date() }, testOwnerId)
}

/** The board as the page brings it: the schema and records of a doc started from its state. */
async function pageBoardOf(boardId: string) {
  const { pageState } = await opening(boardId)
  if (pageState === null) return null
  const doc = new Y.Doc()
  applyPageState(doc, pageState)
  return { schema: doc.getMap(docLayout.meta).get('schema'), records: recordsOfDoc(doc) }
}

/** What the test owner is told on opening the board now. */
async function revisit(boardId: string) {
  return (await opening(boardId)).revisit
}

/** Joins, changes the board, and leaves; returns once the server has noted the visit. */
async function visit(boardId: string, change: (participant: Participant) => void) {
  const before = await lastVisitOf(server.database.db, boardId, testOwnerId)
  const participant = await joinBoard(server.syncUrl, boardId)
  change(participant)
  endFrame(participant.store)
  leaveBoard(participant)
  await eventually(
    async () =>
      (await lastVisitOf(server.database.db, boardId, testOwnerId))?.at.getTime() !==
      before?.at.getTime(),
    'the visit noted',
    10_000,
  )
}

describe("the board page's state of the board", () => {
  it('holds the live board while people are on it, and the stored one after', async () => {
    const boardId = await createTestBoard(server)
    const participant = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape(undefined, { title: 'Payments' })
    participant.store.put([cube])
    endFrame(participant.store)
    await eventually(
      async () => !!(await pageBoardOf(boardId))?.records.some(({ id }) => id === cube.id),
      'the cube in the page state',
    )
    const shown = await pageBoardOf(boardId)
    expect(shown?.schema).toEqual(participant.store.schema.serialize())
    expect(shown?.records.find(({ id }) => id === cube.id)).toEqual(cube)
    leaveBoard(participant)
    await eventually(async () => server.rooms.loaded(boardId) === null, 'the board unloaded')
    expect((await pageBoardOf(boardId))?.records).toEqual(shown?.records)
  })
})

describe('what a member is told on coming back to a board', () => {
  it('is nothing on a first visit', async () => {
    const boardId = await createTestBoard(server)
    expect(await revisit(boardId)).toBeNull()
  })

  it('is nothing when the board is as they left it', async () => {
    const boardId = await createTestBoard(server)
    await visit(boardId, ({ store }) => store.put([cubeShape()]))
    expect(await revisit(boardId)).toBeNull()
  })

  it('lists what changed since they left, as the live board has it now', async () => {
    const boardId = await createTestBoard(server)
    const payments = cubeShape(undefined, { title: 'Payments', department: 'Payment Department' })
    await visit(boardId, ({ store }) => store.put([payments]))
    const left = await lastVisitOf(server.database.db, boardId, testOwnerId)

    const other = await joinBoard(server.syncUrl, boardId)
    other.store.remove([payments.id])
    const reporting = cubeShape(undefined, { title: 'Reporting', department: 'Reporting' })
    other.store.put([reporting])
    endFrame(other.store)
    await eventually(async () => (await revisit(boardId))?.changes.length === 2, 'both changes')
    expect(await revisit(boardId)).toEqual({
      since: left!.at.toISOString(),
      changes: [
        { kind: 'added', text: 'Cube “Reporting” (Reporting) added', targetId: reporting.id },
        {
          kind: 'removed',
          text: 'Cube “Payments” (Payment Department) removed',
          targetId: null,
        },
      ],
    })
    leaveBoard(other)
  })

  it('is nothing when what they saw then cannot be read', async () => {
    const boardId = await createTestBoard(server)
    await visit(boardId, ({ store }) => store.put([cubeShape()]))
    const other = await joinBoard(server.syncUrl, boardId)
    other.store.put([cubeShape(undefined, { title: 'Reporting' })])
    endFrame(other.store)
    await eventually(async () => (await revisit(boardId))?.changes.length === 1, 'the change')
    await server.database.db
      .update(boardMembers)
      .set({ seenModel: { version: 0, cubes: 'from an older Cubeboard' } })
      .where(eq(boardMembers.boardId, boardId))
    expect(await revisit(boardId)).toBeNull()
    leaveBoard(other)
  })
})
