import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  findVersion,
  listVersions,
  saveSessionVersion,
  saveVersion,
  sessionRestMs,
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

  it('keeps one version for a session of work, however often the last participant leaves', async () => {
    const boardId = await createTestBoard(server, 'Reloaded often')
    const records = (doc: Y.Doc) => doc.getMap(docLayout.records)
    await visit(boardId, (doc) => records(doc).set('shape:a', new Y.Map()))
    await eventually(
      async () => (await listVersions(server.database.db, boardId)).length === 1,
      'the first automatic version',
    )
    await visit(boardId, (doc) => records(doc).set('shape:b', new Y.Map()))
    await eventually(async () => {
      const [latest] = await listVersions(server.database.db, boardId)
      const saved = await findVersion(server.database.db, boardId, latest!.id)
      const doc = new Y.Doc()
      Y.applyUpdate(doc, saved!.state)
      return records(doc).has('shape:b')
    }, 'the version to hold the second visit')
    expect(await listVersions(server.database.db, boardId)).toHaveLength(1)
  })
})

describe('saveSessionVersion', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  const state = (text: string) => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, text)
    return Y.encodeStateAsUpdate(doc)
  }
  const textOf = async (boardId: string, versionId: string) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, (await findVersion(server.database.db, boardId, versionId))!.state)
    return doc.getText('t').toString()
  }
  const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000)

  it("brings the session's version up to date until the board rests, then starts another", async () => {
    const { db } = server.database
    const boardId = await createTestBoard(server, 'A day of work')
    const start = new Date('2026-11-20T09:00:00Z')
    await saveSessionVersion(db, { boardId, state: state('one'), at: start })
    await saveSessionVersion(db, { boardId, state: state('two'), at: minutes(start, 20) })
    await saveSessionVersion(db, { boardId, state: state('three'), at: minutes(start, 45) })
    const [only, ...others] = await listVersions(db, boardId)
    expect(others).toEqual([])
    expect(only).toMatchObject({ name: 'Session ended 2026-11-20 09:45 UTC', automatic: true })
    expect(await textOf(boardId, only!.id)).toBe('three')

    const afterRest = minutes(start, 45 + sessionRestMs / 60_000)
    await saveSessionVersion(db, { boardId, state: state('four'), at: afterRest })
    expect((await listVersions(db, boardId)).map((version) => version.name)).toEqual([
      'Session ended 2026-11-20 10:15 UTC',
      'Session ended 2026-11-20 09:45 UTC',
    ])
  })

  it('never overwrites a version someone saved, nor the one kept before a restore', async () => {
    const { db } = server.database
    const boardId = await createTestBoard(server, 'Named in between')
    const owner = (await db.query.users.findFirst())!.id
    await saveSessionVersion(db, { boardId, state: state('one'), at: new Date() })
    await saveVersion(db, {
      boardId,
      name: 'Before restoring “x”',
      state: state('kept'),
      automatic: true,
      createdBy: owner,
    })
    await saveSessionVersion(db, { boardId, state: state('two'), at: new Date() })
    await saveVersion(db, {
      boardId,
      name: 'After the workshop',
      state: state('named'),
      automatic: false,
      createdBy: owner,
    })
    await saveSessionVersion(db, { boardId, state: state('three'), at: new Date() })
    const versions = await listVersions(db, boardId)
    expect(versions).toHaveLength(5)
    const kept = versions.find((version) => version.name === 'Before restoring “x”')!
    expect(await textOf(boardId, kept.id)).toBe('kept')
  })
})
