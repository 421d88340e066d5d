import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { addMember } from '@/lib/sharing/member-store'
import { createGuest } from '@/lib/auth/users'
import { modelFromRecords } from '@/lib/model'
import { readSession, sessionMapName } from '@/lib/facilitation/session-state'
import { newCubeItem } from '@/lib/shapes'
import { StoreBinding } from '@/lib/sync/store-binding'
import {
  belongsInPrivateDoc,
  encodeRevealRequest,
  listenToRevealAnswers,
  privateRoomName,
  type RevealAnswer,
} from '@/lib/sync/private-room'
import { docLayout, readYRecord, recordsOfDoc, recordToYMap } from '@/lib/sync/record-layout'
import {
  closeClient,
  closeOf,
  createTestBoard,
  eventually,
  openRawSocket,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'
import { testOwnerId } from '../helpers/test-owner'
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../helpers/databases'
import { PrivateRedis, redisServerAvailable } from '../helpers/private-redis'
import { PrivateLogStore } from '@/server/sync/storage/private-log-store'
import { cubeShape, newStore } from '../helpers/tldraw-stores'

interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Every message this client's socket received, as raw bytes. */
  received: Buffer[]
  answers: RevealAnswer[]
}

const records = (doc: Y.Doc) => doc.getMap<unknown>(docLayout.records)

/** A stock y-websocket client whose socket keeps every frame it receives. */
function recordingClient(syncUrl: string, room: string, token: string, doc = new Y.Doc()): Client {
  const received: Buffer[] = []
  class RecordingSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols)
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        received.push(
          Array.isArray(data)
            ? Buffer.concat(data)
            : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data),
        )
      })
    }
  }
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const answers: RevealAnswer[] = []
  listenToRevealAnswers(provider, (answer) => answers.push(answer))
  return { doc, provider, received, answers }
}

const waiting = (client: Client) =>
  readSession(client.doc.getMap<unknown>(sessionMapName).toJSON()).privateItems

const heard = (client: Client, text: string) =>
  Buffer.concat(client.received).includes(Buffer.from(text))

function cube(id: string, title: string) {
  return {
    id,
    typeName: 'shape',
    type: 'cube',
    parentId: 'page:page',
    index: 'a1',
    x: 0,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: 320, h: 320, title, department: 'Lending', turned: false, collapsed: false },
  }
}

function privateItem(id: string, cubeId: string, text: string, authorId: string) {
  return {
    id,
    typeName: 'cube_item',
    cubeId,
    face: 'front-stage',
    kind: 'service',
    text,
    terms: '',
    processId: null,
    index: 'a1',
    meta: { cbPrivate: authorId },
  }
}

async function ask(client: Client): Promise<RevealAnswer> {
  const before = client.answers.length
  client.provider.ws!.send(encodeRevealRequest())
  await eventually(() => client.answers.length > before, 'the answer to the reveal request')
  return client.answers[before]!
}

/** A fresh board with Pat as an editor; `connect` opens stock clients on it, kept in `open`. */
async function workshop(server: TestServer, open: Client[]) {
  const boardId = await createTestBoard(server, 'Workshop')
  const pat = await createGuest(server.database.db, 'Pat')
  await addMember(server.database.db, boardId, pat.id, 'editor')
  const connect = async (room: string, role: 'owner' | 'editor', userId: string, on = server) => {
    const opened = recordingClient(
      on.syncUrl,
      room,
      await tokenFor(boardId, role, undefined, userId),
    )
    open.push(opened)
    await whenSynced(opened.provider)
    return opened
  }
  return { boardId, patId: pat.id, connect }
}

/**
 * Private mode on the wire, with stock y-websocket clients: what a participant adds in
 * private mode lives in their private room, which only they open; no other client (a
 * viewer's and another editor's raw clients included) receives it until the facilitator
 * reveals it, and the reveal moves it into the board at the server.
 */
describe('private items at the sync server', () => {
  let server: TestServer
  let boardId: string
  let patId: string
  let samId: string
  let vicId: string
  let facilitator: Client
  let sam: Client
  let viewer: Client
  const secret = 'Secret idea 7f3c9'
  const secondSecret = 'Second secret b21d'
  const open: Client[] = []

  const client = async (room: string, role: 'owner' | 'editor' | 'viewer', userId: string) => {
    const opened = recordingClient(
      server.syncUrl,
      room,
      await tokenFor(boardId, role, undefined, userId),
    )
    open.push(opened)
    await whenSynced(opened.provider)
    return opened
  }

  beforeAll(async () => {
    server = await startTestServer({
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    })
    boardId = await createTestBoard(server, 'Workshop')
    const member = async (name: string, role: 'editor' | 'viewer') => {
      const guest = await createGuest(server.database.db, name)
      await addMember(server.database.db, boardId, guest.id, role)
      return guest.id
    }
    patId = await member('Pat', 'editor')
    samId = await member('Sam', 'editor')
    vicId = await member('Vic', 'viewer')
    facilitator = await client(boardId, 'owner', testOwnerId)
    records(facilitator.doc).set('shape:cube', recordToYMap(cube('shape:cube', 'Mortgage Loan')))
    sam = await client(boardId, 'editor', samId)
    viewer = await client(boardId, 'viewer', vicId)
  })

  afterAll(async () => {
    for (const opened of open) closeClient(opened)
    await server.stop()
  })

  it('sends a private item to nobody but its author, not even in raw frames', async () => {
    const patBoard = await client(boardId, 'editor', patId)
    const patPrivate = await client(privateRoomName(boardId, patId), 'editor', patId)
    records(patPrivate.doc).set(
      'cube_item:secret',
      recordToYMap(privateItem('cube_item:secret', 'shape:cube', secret, patId)),
    )
    // Facilitators see how many items wait, and nothing more.
    await eventually(() => waiting(facilitator) === 1, 'the count of private items')
    // Pat's second tab gets it: the private room is live for its author.
    const patOtherTab = await client(privateRoomName(boardId, patId), 'editor', patId)
    await eventually(() => records(patOtherTab.doc).has('cube_item:secret'), 'the other tab')
    expect(heard(patOtherTab, secret)).toBe(true)
    // A fresh look at the board, as anyone would get it now.
    const late = await client(boardId, 'viewer', vicId)
    for (const other of [sam, viewer, facilitator, patBoard, late]) {
      expect(heard(other, secret)).toBe(false)
      expect(records(other.doc).has('cube_item:secret')).toBe(false)
    }
  })

  it("refuses another member's private room, and a viewer's, with the reason", async () => {
    const refusal = async (room: string, role: 'editor' | 'viewer', userId: string) => {
      const token = await tokenFor(boardId, role, undefined, userId)
      const socket = await openRawSocket(`${server.syncUrl}/${room}?token=${token}`)
      return closeOf(socket)
    }
    const samAtPats = await refusal(privateRoomName(boardId, patId), 'editor', samId)
    expect(samAtPats).toEqual({
      code: 4403,
      reason: expect.stringContaining('only for its author'),
    })
    const viewerAtPats = await refusal(privateRoomName(boardId, patId), 'viewer', vicId)
    expect(viewerAtPats.code).toBe(4403)
    const viewerAtOwn = await refusal(privateRoomName(boardId, vicId), 'viewer', vicId)
    expect(viewerAtOwn).toEqual({ code: 4403, reason: expect.stringContaining('viewers') })
    // A member's token that says editor does not open a private room once they are a viewer.
    const demoted = await refusal(privateRoomName(boardId, vicId), 'editor', vicId)
    expect(demoted.code).toBe(4403)
  })

  it("keeps private items through the author's reconnect and a server restart", async () => {
    const reconnected = await client(privateRoomName(boardId, patId), 'editor', patId)
    expect(
      readYRecord(records(reconnected.doc).get('cube_item:secret') as Y.Map<unknown>),
    ).toMatchObject({ text: secret })
    for (const opened of open.splice(0)) closeClient(opened)
    const testDatabase = server.testDatabase
    await server.close()
    server = await startTestServer({ testDatabase })
    const afterRestart = await client(privateRoomName(boardId, patId), 'editor', patId)
    expect(records(afterRestart.doc).has('cube_item:secret')).toBe(true)
    facilitator = await client(boardId, 'owner', testOwnerId)
    sam = await client(boardId, 'editor', samId)
    viewer = await client(boardId, 'viewer', vicId)
    expect(records(facilitator.doc).has('cube_item:secret')).toBe(false)
    closeClient(afterRestart)
  })

  it('refuses a reveal asked by a participant, and nothing moves', async () => {
    expect(await ask(sam)).toEqual({
      revealed: 0,
      refused: 'only facilitators reveal private items',
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(heard(sam, secret)).toBe(false)
    expect(heard(viewer, secret)).toBe(false)
    expect(records(facilitator.doc).has('cube_item:secret')).toBe(false)
  })

  it("moves private items into the board at the facilitator's reveal, even with their author away, and a stale offline copy brings none back", async () => {
    // Pat's laptop holds the private room, then goes offline with a second item still in it.
    const stale = await client(privateRoomName(boardId, patId), 'editor', patId)
    records(stale.doc).set(
      'cube_item:second',
      recordToYMap(privateItem('cube_item:second', 'shape:cube', secondSecret, patId)),
    )
    const check = await client(privateRoomName(boardId, patId), 'editor', patId)
    await eventually(() => records(check.doc).has('cube_item:second'), 'the second item stored')
    closeClient(check)
    stale.provider.disconnect()
    // While offline, Pat edits the item's terms on the laptop.
    ;(records(stale.doc).get('cube_item:second') as Y.Map<unknown>).set('terms', 'offline edit')

    expect(await ask(facilitator)).toEqual({ revealed: 2, refused: '' })
    for (const other of [facilitator, sam, viewer]) {
      await eventually(() => records(other.doc).has('cube_item:second'), 'the revealed items')
      const item = readYRecord(records(other.doc).get('cube_item:secret') as Y.Map<unknown>)
      expect(item).toMatchObject({ text: secret })
      expect(item.meta).toEqual({})
    }
    await eventually(() => waiting(facilitator) === 0, 'no private items waiting')
    const model = JSON.stringify(modelFromRecords(recordsOfDoc(viewer.doc)))
    expect(model).toContain(secret)
    expect(model).toContain(secondSecret)

    const emptied = await client(privateRoomName(boardId, patId), 'editor', patId)
    expect(records(emptied.doc).size).toBe(0)
    closeClient(emptied)

    // The laptop comes back: its copies are deleted there, not re-created anywhere.
    stale.provider.connect()
    await whenSynced(stale.provider)
    await eventually(
      () => records(stale.doc).size === 0,
      "the stale copies deleted on Pat's laptop",
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const afterwards = await client(privateRoomName(boardId, patId), 'editor', patId)
    expect(records(afterwards.doc).size).toBe(0)
    const revealed = recordsOfDoc(viewer.doc).filter((record) => record.typeName === 'cube_item')
    expect(revealed.map((record) => record.id).sort()).toEqual([
      'cube_item:second',
      'cube_item:secret',
    ])
  })
})

/**
 * One participant's private items on a board of their own: a browser's store bound to both
 * docs, the reveal after the board changed, and items older clients wrote into the board.
 */
describe('Pat on a board of their own', () => {
  let server: TestServer
  const open: Client[] = []
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    for (const opened of open) closeClient(opened)
    await server.stop()
  })

  it('writes a private item only into the private room, and holds it once after the reveal', async () => {
    const { boardId, patId, connect } = await workshop(server, open)
    const facilitator = await connect(boardId, 'owner', testOwnerId)
    const patBoard = await connect(boardId, 'editor', patId)
    const patPrivate = await connect(privateRoomName(boardId, patId), 'editor', patId)

    const store = newStore()
    const isPrivate = belongsInPrivateDoc(patBoard.doc, patPrivate.doc, patId)
    const bindings = [
      new StoreBinding({ store, doc: patBoard.doc, owns: (record) => !isPrivate(record) }),
      new StoreBinding({ store, doc: patPrivate.doc, owns: isPrivate }),
    ]
    for (const binding of bindings) binding.start()
    // Every change of the board's doc Pat's client makes, as it leaves.
    const sentToBoard: Uint8Array[] = []
    patBoard.doc.on('update', (update: Uint8Array) => sentToBoard.push(update))

    const cube = cubeShape()
    store.put([cube])
    const item = {
      ...newCubeItem(store, { cubeId: cube.id, kind: 'service', text: 'Private thought 4e1a' }),
      meta: { cbPrivate: patId },
    }
    store.put([item])
    await eventually(() => records(facilitator.doc).has(cube.id), 'the cube on the board')
    store.update(item.id, (current) => ({ ...current, terms: 'only mine' }))
    for (const binding of bindings) binding.flush()
    const fresh = await connect(privateRoomName(boardId, patId), 'editor', patId)
    await eventually(
      () => readYRecord(records(fresh.doc).get(item.id) as Y.Map<unknown>)?.terms === 'only mine',
      'the edited item in the private room',
    )
    expect(records(patBoard.doc).has(item.id)).toBe(false)
    expect(Buffer.concat(sentToBoard).includes(Buffer.from('Private thought 4e1a'))).toBe(false)
    expect(heard(facilitator, 'Private thought 4e1a')).toBe(false)

    expect(await ask(facilitator)).toEqual({ revealed: 1, refused: '' })
    await eventually(
      () => !records(patPrivate.doc).has(item.id),
      'the item gone from the private doc',
    )
    await eventually(() => records(patBoard.doc).has(item.id), 'the item in the board doc')
    expect(store.get(item.id)).toMatchObject({
      text: 'Private thought 4e1a',
      terms: 'only mine',
      meta: {},
    })
    // Edited after the reveal, the item changes on the board, for everyone.
    store.update(item.id, (current) => ({ ...current, text: 'Shared thought' }))
    for (const binding of bindings) binding.flush()
    await eventually(
      () =>
        readYRecord(records(facilitator.doc).get(item.id) as Y.Map<unknown>).text ===
        'Shared thought',
      'the edit on the board',
    )
    expect(records(patPrivate.doc).size).toBe(0)
    for (const binding of bindings) binding.dispose()
  })

  it('puts a private shape whose frame was deleted meanwhile on the page, not out of sight, and unlocked', async () => {
    const { boardId, patId, connect } = await workshop(server, open)
    const facilitator = await connect(boardId, 'owner', testOwnerId)
    const page = 'page:page'
    records(facilitator.doc).set(
      page,
      recordToYMap({ id: page, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }),
    )
    records(facilitator.doc).set(
      'shape:frame',
      recordToYMap({
        ...cube('shape:frame', ''),
        type: 'frame',
        props: { w: 400, h: 300, name: '' },
      }),
    )
    const patPrivate = await connect(privateRoomName(boardId, patId), 'editor', patId)
    records(patPrivate.doc).set(
      'shape:note',
      recordToYMap({
        ...cube('shape:note', ''),
        type: 'note',
        parentId: 'shape:frame',
        // A lock written by hand: only facilitators lock things.
        meta: { cbPrivate: patId, cbLock: true },
      }),
    )
    await eventually(() => waiting(facilitator) === 1, 'the private note counted')
    records(facilitator.doc).delete('shape:frame')
    expect(await ask(facilitator)).toEqual({ revealed: 1, refused: '' })
    await eventually(() => records(facilitator.doc).has('shape:note'), 'the revealed note')
    const note = readYRecord(records(facilitator.doc).get('shape:note') as Y.Map<unknown>)
    expect(note).toMatchObject({ parentId: page })
    expect(note.meta).toEqual({})
  })

  it('keeps items an old client wrote into the board marked private out of the model until the reveal unmarks them', async () => {
    const { boardId, patId, connect } = await workshop(server, open)
    const facilitator = await connect(boardId, 'owner', testOwnerId)
    records(facilitator.doc).set('shape:cube', recordToYMap(cube('shape:cube', 'Mortgage Loan')))
    const oldClient = await connect(boardId, 'editor', patId)
    records(oldClient.doc).set(
      'cube_item:old',
      recordToYMap(privateItem('cube_item:old', 'shape:cube', 'Written the old way', patId)),
    )
    await eventually(() => records(facilitator.doc).has('cube_item:old'), 'the item kept')
    expect(JSON.stringify(modelFromRecords(recordsOfDoc(facilitator.doc)))).not.toContain(
      'Written the old way',
    )
    expect(await ask(facilitator)).toEqual({ revealed: 1, refused: '' })
    await eventually(
      () =>
        JSON.stringify(modelFromRecords(recordsOfDoc(oldClient.doc))).includes(
          'Written the old way',
        ),
      'the item in the model once revealed',
    )
  })
})

const clusterCanRun = Boolean(testPostgresUrl) && redisServerAvailable

describe.skipIf(!clusterCanRun)('private items across instances', () => {
  let database: TestDatabase
  let redis: PrivateRedis
  const instances: TestServer[] = []
  const open: Client[] = []
  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    redis = await PrivateRedis.start()
    for (let i = 0; i < 2; i++) {
      instances.push(await startTestServer({ testDatabase: database, redisUrl: redis.url }))
    }
  })
  afterAll(async () => {
    for (const opened of open) closeClient(opened)
    for (const instance of instances) await instance.close()
    await redis?.stop()
    await database?.drop()
  })

  it("reveals on one instance what an author keeps on another, and the author's instance takes the move", async () => {
    const [a, b] = instances as [TestServer, TestServer]
    const { boardId, patId, connect } = await workshop(a, open)
    const facilitator = await connect(boardId, 'owner', testOwnerId, a)
    records(facilitator.doc).set('shape:cube', recordToYMap(cube('shape:cube', 'Mortgage Loan')))
    const patBoard = await connect(boardId, 'editor', patId, b)
    const patPrivate = await connect(privateRoomName(boardId, patId), 'editor', patId, b)
    records(patPrivate.doc).set(
      'cube_item:secret',
      recordToYMap(privateItem('cube_item:secret', 'shape:cube', 'Cluster secret', patId)),
    )
    await eventually(
      async () =>
        ((await new PrivateLogStore(a.database.db).load(boardId, patId)) ?? []).length > 0,
      'the private item stored',
    )
    expect(await ask(facilitator)).toEqual({ revealed: 1, refused: '' })
    await eventually(() => records(patBoard.doc).has('cube_item:secret'), 'the item on B')
    await eventually(() => records(patPrivate.doc).size === 0, "the move in Pat's private doc")
    expect(heard(facilitator, 'Cluster secret')).toBe(true)
    // Pat's instance stores nothing back into the private room.
    closeClient(patPrivate)
    await eventually(() => b.privateRooms.size === 0, "Pat's private room unloaded on B", 10_000)
    const again = await connect(privateRoomName(boardId, patId), 'editor', patId, b)
    expect(records(again.doc).size).toBe(0)
  })
})
