import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type { WebSocket } from 'ws'
import { addMember } from '@/lib/sharing/member-store'
import { createGuest } from '@/lib/auth/users'
import { closeCodes } from '@/lib/sync/close-codes'
import { messageTypes } from '@/lib/sync/protocol'
import { docLayout, readYRecord, recordToYMap } from '@/lib/sync/record-layout'
import { lockMetaKey } from '@/lib/model/record-marks'
import { holdsPendingState } from '@/server/sync/update-dependencies'
import { updateMessage } from '../helpers/room-messages'
import {
  closeClient,
  closeOf,
  connectClient,
  createTestBoard,
  eventually,
  openRawSocket,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'

type Client = ReturnType<typeof connectClient>

const records = (client: Client) => client.doc.getMap<Y.Map<unknown>>(docLayout.records)

/** An update that only deletes `length` clocks of `client` from `clock` on (Yjs update v1). */
function deletionUpdate(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // no structs
  encoding.writeVarUint(encoder, 1) // one client in the delete set
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, 1) // one range
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarUint(encoder, length)
  return encoding.toUint8Array(encoder)
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.sync)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** A client's sync step 2 carrying `update` (empty: it had nothing the server lacked). */
function step2Message(update = Y.encodeStateAsUpdate(new Y.Doc())): Uint8Array {
  return syncMessage((encoder) => {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
    encoding.writeVarUint8Array(encoder, update)
  })
}

/** Two edits of one client's doc, the second sent alone: it continues clocks the server lacks. */
function editsWithAGap(secondSize = 16) {
  const doc = new Y.Doc()
  doc.getMap('shapes').set('first', 'one')
  const first = Y.encodeStateAsUpdate(doc)
  const afterFirst = Y.encodeStateVector(doc)
  doc.getMap('shapes').set('second', 'x'.repeat(secondSize))
  const second = Y.encodeStateAsUpdate(doc, afterFirst)
  return { doc, first, second }
}

describe('updates with missing dependencies', () => {
  let server: TestServer
  let boardId: string
  let editorId: string

  beforeAll(async () => {
    server = await startTestServer()
    boardId = await createTestBoard(server, 'Integrity')
    editorId = (await createGuest(server.database.db, 'Eve')).id
    await addMember(server.database.db, boardId, editorId, 'editor')
  })
  afterAll(() => server.stop())

  async function editorSocket(): Promise<WebSocket> {
    const token = await tokenFor(boardId, 'editor', undefined, editorId)
    return openRawSocket(`${server.syncUrl}/${boardId}?token=${encodeURIComponent(token)}`)
  }

  async function serverView<T>(read: (client: Client) => T): Promise<T> {
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await whenSynced(observer.provider)
    try {
      return read(observer)
    } finally {
      closeClient(observer)
    }
  }

  it('refuses an update whose structs continue after a gap (4422), keeping none of it', async () => {
    const { second } = editsWithAGap(1024 * 1024)
    const peer = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await whenSynced(peer.provider)
    const attacker = await editorSocket()
    const closed = closeOf(attacker)
    attacker.send(step2Message())
    attacker.send(updateMessage(second))
    const { code, reason } = await closed
    expect(code).toBe(closeCodes.unprocessableUpdate)
    expect(reason).toMatch(/^update refused: it continues client \d+ at clock 1, after 0$/)
    expect(holdsPendingState(server.rooms.loaded(boardId)!.doc)).toBe(false)
    expect(peer.provider.wsconnected).toBe(true)
    closeClient(peer)
    // A newcomer's first sync does not carry the megabyte.
    const firstSyncBytes = await serverView((client) => Y.encodeStateAsUpdate(client.doc).length)
    expect(firstSyncBytes).toBeLessThan(10_000)
  })

  it("refuses a delete set aimed at the facilitator's next clocks; the next lock holds", async () => {
    const facilitator = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'owner'))
    await whenSynced(facilitator.provider)
    const cube = recordToYMap({ id: 'shape:cube', typeName: 'shape', parentId: 'page:page', x: 0 })
    records(facilitator).set('shape:cube', cube)
    await eventually(
      async () => serverView((client) => records(client).has('shape:cube')),
      'the cube on the server',
    )
    const own = facilitator.doc.clientID
    const next = Y.getState(facilitator.doc.store, own)
    const attacker = await editorSocket()
    const closed = closeOf(attacker)
    attacker.send(step2Message())
    attacker.send(updateMessage(deletionUpdate(own, next, 1000)))
    const { code, reason } = await closed
    expect(code).toBe(closeCodes.unprocessableUpdate)
    expect(reason).toContain(`it deletes clocks ${next}–${next + 999} of client ${own}`)

    // The facilitator locks the cube: the clocks the attacker aimed at are these.
    facilitator.doc.transact(() => {
      const meta = new Y.Map<unknown>()
      meta.set(lockMetaKey, true)
      cube.set('meta', meta)
    })
    await eventually(
      async () =>
        serverView((client) => readYRecord(records(client).get('shape:cube')!).meta !== undefined),
      'the lock on the server',
    )
    expect(await serverView((client) => readYRecord(records(client).get('shape:cube')!))).toEqual(
      expect.objectContaining({ meta: { [lockMetaKey]: true } }),
    )
    expect(readYRecord(cube)).toEqual(expect.objectContaining({ meta: { [lockMetaKey]: true } }))
    closeClient(facilitator)
  })

  it("waits for a client's sync step 2 before judging updates built on its offline edits", async () => {
    const { doc, first, second } = editsWithAGap()
    const client = await editorSocket()
    let closedWith: number | null = null
    client.on('close', (code) => (closedWith = code))
    // As the stock client does right after connecting: its step 1, then a fresh edit,
    // and only in answer to the server's step 1 its step 2 with the offline edit.
    client.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())))
    client.send(updateMessage(second))
    client.send(step2Message(first))
    await eventually(
      async () => serverView((observer) => observer.doc.getMap('shapes').has('second')),
      'both edits on the server',
    )
    expect(await serverView((observer) => observer.doc.getMap('shapes').toJSON())).toMatchObject(
      doc.getMap('shapes').toJSON(),
    )
    expect(closedWith).toBe(null)
    client.close()
  })

  it('refuses after the step 2 what still builds on missing clocks', async () => {
    const { second } = editsWithAGap()
    const client = await editorSocket()
    const closed = closeOf(client)
    client.send(updateMessage(second))
    client.send(step2Message())
    expect((await closed).code).toBe(closeCodes.unprocessableUpdate)
  })

  it('refuses such an update when no sync step 2 comes to complete it', async () => {
    const { second } = editsWithAGap()
    const client = await editorSocket()
    const closed = closeOf(client)
    client.send(updateMessage(second))
    const { code, reason } = await closed
    expect(code).toBe(closeCodes.unprocessableUpdate)
    expect(reason).toMatch(/no sync step 2 came within 5 s$/)
  })
})
