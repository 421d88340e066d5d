import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { SerializedSchema } from 'tldraw'
import { POST as saveVersion } from '@/app/api/boards/[boardId]/versions/route'
import { POST as restoreVersion } from '@/app/api/boards/[boardId]/versions/[versionId]/restore/route'
import { createGuest } from '@/lib/auth/users'
import { boardKind } from '@/lib/kinds'
import { kindShapeSchemas } from '@/lib/kinds/kind-shapes'
import { boardSchema } from '@/lib/shapes'
import { addMember } from '@/lib/sharing/member-store'
import { docLayout, readYRecord, recordToYMap, type JsonRecord } from '@/lib/sync/record-layout'
import { StoreBinding } from '@/lib/sync/store-binding'
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
import { ownerRequest, signInTestOwner } from '../helpers/test-owner'
import { joinBoard, leaveBoard } from '../helpers/participants'
import {
  batchChangesPerManualFrame,
  cubeShape,
  endFrame,
  newStore,
  rectangle,
} from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

type Client = ReturnType<typeof connectClient>

/** The schema of a cube board, as its browsers write it. */
const appSchema = boardSchema(kindShapeSchemas(boardKind('cube'))).serialize()
/** The app's schema with one sequence moved `by` versions: newer (a bump) or older. */
function schemaMoved(by: number): SerializedSchema {
  const sequence = 'com.tldraw.shape.geo'
  return {
    ...appSchema,
    sequences: { ...appSchema.sequences, [sequence]: appSchema.sequences[sequence]! + by },
  }
}
const schemaOf = (client: Client) => client.doc.getMap(docLayout.meta).get('schema')

describe("the board's schema is the server's", () => {
  let server: TestServer
  let editorId: string

  beforeAll(async () => {
    server = await startTestServer()
    await signInTestOwner(server.database.db)
    editorId = (await createGuest(server.database.db, 'Eddie')).id
  })
  afterAll(() => server.stop())

  async function boardWithEditor(): Promise<string> {
    const boardId = await createTestBoard(server)
    await addMember(server.database.db, boardId, editorId, 'editor')
    return boardId
  }

  async function serverView<T>(boardId: string, read: (client: Client) => T): Promise<T> {
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await whenSynced(observer.provider)
    try {
      return read(observer)
    } finally {
      closeClient(observer)
    }
  }

  /** Someone's change of tl_meta, undone: they get it back, the others never see it. */
  async function expectUndone(boardId: string, writer: Client) {
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await Promise.all([whenSynced(writer.provider), whenSynced(observer.provider)])
    expect(schemaOf(writer)).toEqual(appSchema)
    const seen: unknown[] = []
    observer.doc.getMap(docLayout.meta).observe(() => seen.push(schemaOf(observer)))
    writer.doc.getMap(docLayout.meta).set('schema', schemaMoved(+1))
    await eventually(() => seen.length > 0, 'the change and its undo at the observer')
    await eventually(
      () => JSON.stringify(schemaOf(writer)) === JSON.stringify(appSchema),
      "the writer's change undone",
    )
    expect(seen.every((schema) => JSON.stringify(schema) === JSON.stringify(appSchema))).toBe(true)
    expect(await serverView(boardId, schemaOf)).toEqual(appSchema)
    closeClient(observer)
  }

  it('a new board has the app schema from the server', async () => {
    const boardId = await boardWithEditor()
    expect(await serverView(boardId, schemaOf)).toEqual(appSchema)
  })

  it("undoes an editor's bumped schema; the others never see it", async () => {
    const boardId = await boardWithEditor()
    const token = await tokenFor(boardId, 'editor', undefined, editorId)
    const editor = connectClient(server.syncUrl, boardId, token)
    await expectUndone(boardId, editor)
    closeClient(editor)
  })

  it("undoes a facilitator's change of it too", async () => {
    const boardId = await boardWithEditor()
    const facilitator = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'owner'))
    await expectUndone(boardId, facilitator)
    closeClient(facilitator)
  })

  it('a participant starting an empty board leaves the schema alone and keeps their shapes', async () => {
    const boardId = await boardWithEditor()
    const ada = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape()
    ada.store.put([cube])
    endFrame(ada.store)
    await eventually(
      async () => serverView(boardId, (client) => client.doc.getMap('tl_records').has(cube.id)),
      'the cube on the server',
    )
    // The page and document records she started the board with are there too.
    const held = await serverView(boardId, (client) => [...client.doc.getMap('tl_records').keys()])
    expect(held.sort()).toEqual(['document:document', 'page:page', cube.id].sort())
    leaveBoard(ada)
  })

  it('migrates a board written in an older schema when it loads', async () => {
    const boardId = await boardWithEditor()
    // A rectangle as the geo shape's version 11 wrote it: no flip props yet (12 adds them).
    const current = rectangle()
    const olderProps: Record<string, unknown> = { ...current.props }
    delete olderProps.flipX
    delete olderProps.flipY
    const older = { ...current, props: olderProps }
    const room = (await server.rooms.acquire(boardId))!
    room.doc.transact(() => {
      room.doc.getMap(docLayout.meta).set('schema', schemaMoved(-1))
      room.doc.getMap(docLayout.records).set(older.id, recordToYMap(older as unknown as JsonRecord))
    })
    server.rooms.release(room)
    await server.rooms.whenUnloaded()
    expect(await serverView(boardId, schemaOf)).toEqual(appSchema)
    const migrated = await serverView(boardId, (client) =>
      readYRecord(client.doc.getMap<Y.Map<unknown>>(docLayout.records).get(older.id)!),
    )
    expect(migrated.props).toEqual({ ...olderProps, flipX: false, flipY: false })
  })

  it('restoring a version repairs a board whose schema was bumped', async () => {
    const boardId = await boardWithEditor()
    const ada = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape(undefined, { title: 'Kept' })
    ada.store.put([cube])
    endFrame(ada.store)
    await eventually(
      () => server.rooms.loaded(boardId)?.doc.getMap('tl_records').has(cube.id) ?? false,
      'the cube on the server',
    )
    const saved = await saveVersion(
      ownerRequest(`http://localhost/api/boards/${boardId}/versions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'good' }),
      }),
      { params: Promise.resolve({ boardId }) },
    )
    const version = (await saved.json()) as { id: string }
    leaveBoard(ada)
    // The board as a participant left it before the server kept the schema.
    const room = (await server.rooms.acquire(boardId))!
    room.doc.getMap(docLayout.meta).set('schema', schemaMoved(+1))
    server.rooms.release(room)
    await server.rooms.whenUnloaded()

    const tooNew = async () => {
      const client = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
      await whenSynced(client.provider)
      let reported = false
      const binding = new StoreBinding({
        store: newStore(),
        doc: client.doc,
        readOnly: true,
        onSchemaTooNew: () => (reported = true),
      })
      binding.start()
      binding.dispose()
      closeClient(client)
      return reported
    }
    expect(await tooNew()).toBe(true)

    const restored = await restoreVersion(
      ownerRequest(`http://localhost/api/boards/${boardId}/versions/${version.id}/restore`, {
        method: 'POST',
      }),
      { params: Promise.resolve({ boardId, versionId: version.id }) },
    )
    expect(restored.status).toBe(200)
    expect(await tooNew()).toBe(false)
    expect(await serverView(boardId, schemaOf)).toEqual(appSchema)
    const records = await serverView(boardId, (client) =>
      client.doc.getMap<Y.Map<unknown>>('tl_records').has(cube.id),
    )
    expect(records).toBe(true)
  })
})
