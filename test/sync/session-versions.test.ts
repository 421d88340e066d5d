import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  findVersion,
  listVersions,
  saveSessionVersion,
  saveVersion,
  sessionGapMs,
} from '@/lib/versions/version-store'
import { docLayout } from '@/lib/sync/record-layout'
import {
  closeClient,
  connectClient,
  createTestBoard,
  eventually,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'

/** A session ends when the last participant leaves; one with real edits leaves a version. */
describe('automatic versions at the end of a session', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  async function visit(boardId: string, edit?: (doc: Y.Doc) => void) {
    const client = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'owner'))
    await whenSynced(client.provider)
    if (edit) {
      edit(client.doc)
      // Written once the server has it: another client sees it.
      const witness = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
      await whenSynced(witness.provider)
      expect(witness.doc.getMap(docLayout.records).toJSON()).toEqual(
        client.doc.getMap(docLayout.records).toJSON(),
      )
      closeClient(witness)
    }
    closeClient(client)
    await eventually(() => server.rooms.loaded(boardId) === null, 'the board to leave memory')
    await server.rooms.whenUnloaded()
  }

  it('saves none for a visit without edits', async () => {
    const boardId = await createTestBoard(server, 'Looked at only')
    await visit(boardId)
    expect(await listVersions(server.database.db, boardId)).toEqual([])
  })

  it('saves the board as it was when the last participant left', async () => {
    const boardId = await createTestBoard(server, 'Workshop 1')
    await visit(boardId, (doc) => doc.getMap(docLayout.records).set('shape:a', new Y.Map()))
    await eventually(
      async () => (await listVersions(server.database.db, boardId)).length === 1,
      'the automatic version',
    )
    const [version] = await listVersions(server.database.db, boardId)
    expect(version).toMatchObject({ automatic: true, createdByName: null })
    expect(version!.name).toMatch(/^Session ended /)
    const saved = await findVersion(server.database.db, boardId, version!.id)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, saved!.state)
    expect([...doc.getMap(docLayout.records).keys()]).toEqual(['shape:a'])
  })

  it('keeps one version per session of work: coming back soon after brings it up to date', async () => {
    const boardId = await createTestBoard(server, 'Workshop with breaks')
    const records = (doc: Y.Doc) => doc.getMap(docLayout.records)
    await visit(boardId, (doc) => records(doc).set('shape:before-the-break', new Y.Map()))
    await eventually(
      async () => (await listVersions(server.database.db, boardId)).length === 1,
      'the first automatic version',
    )
    await visit(boardId, (doc) => records(doc).set('shape:after-the-break', new Y.Map()))
    await eventually(async () => {
      const [version] = await listVersions(server.database.db, boardId)
      const saved = await findVersion(server.database.db, boardId, version!.id)
      const doc = new Y.Doc()
      Y.applyUpdate(doc, saved!.state)
      return records(doc).has('shape:after-the-break')
    }, 'the session version brought up to date')
    expect(await listVersions(server.database.db, boardId)).toHaveLength(1)
  })

  it('starts another after a long pause, or after a version someone saved by name', async () => {
    const db = server.database.db
    const boardId = await createTestBoard(server, 'Two workshops')
    const state = Y.encodeStateAsUpdate(new Y.Doc())
    const monday = new Date('2026-11-30T09:00:00Z')
    await saveSessionVersion(db, { boardId, state, at: monday })
    await saveSessionVersion(db, { boardId, state, at: new Date(monday.getTime() + 60_000) })
    expect(await listVersions(db, boardId)).toHaveLength(1)
    const later = new Date(monday.getTime() + 60_000 + sessionGapMs)
    await saveSessionVersion(db, { boardId, state, at: later })
    expect(await listVersions(db, boardId)).toHaveLength(2)
    await saveVersion(db, {
      boardId,
      name: 'After workshop 1',
      state,
      automatic: false,
      createdBy: null,
    })
    await saveSessionVersion(db, { boardId, state })
    const versions = await listVersions(db, boardId)
    expect(versions.map((v) => v.automatic)).toEqual([true, false, true, true])
  })
})
