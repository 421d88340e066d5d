import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocket } from 'ws'
import { closeCodes, maxMessageBytes } from '@/lib/sync/close-codes'
import { messageTypes } from '@/lib/sync/protocol'
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

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ keepAliveMs: 300 })
})
afterAll(() => server.stop())

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

async function rawSocketTo(boardId: string, token?: string) {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`
  return openRawSocket(`${server.syncUrl}/${boardId}${query}`)
}

describe('two stock clients', () => {
  it('converge on concurrent edits', async () => {
    const boardId = await createTestBoard(server)
    const a = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    const b = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    try {
      await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
      for (let i = 0; i < 50; i++) {
        a.doc.getMap('shapes').set(`a${i}`, i)
        b.doc.getMap('shapes').set(`b${i}`, i)
        a.doc.getText('title').insert(0, 'a')
        b.doc.getText('title').insert(0, 'b')
      }
      // Each edit above travels as its own update, so a client can hold every shape while
      // the other's last title letter is still on the wire: wait for the whole state.
      const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex')
      await eventually(
        () =>
          a.doc.getMap('shapes').size === 100 &&
          b.doc.getMap('shapes').size === 100 &&
          stateOf(a.doc) === stateOf(b.doc),
        'every edit on both',
      )
      expect(a.doc.getText('title').length).toBe(100)
      expect(a.doc.getText('title').toString()).toBe(b.doc.getText('title').toString())
    } finally {
      closeClient(a)
      closeClient(b)
    }
  })

  it('see each other in awareness, and see a closed client leave', async () => {
    const boardId = await createTestBoard(server)
    const a = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    const b = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' })
    b.provider.awareness.setLocalStateField('user', { name: 'Bo' })
    await eventually(
      () => a.provider.awareness.getStates().get(b.doc.clientID)?.user?.name === 'Bo',
      'Bo in Ada awareness',
    )
    await eventually(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ada',
      'Ada in Bo awareness',
    )
    // Terminate without a goodbye message: the server must remove the state itself.
    a.provider.ws?.close()
    a.provider.shouldConnect = false
    await eventually(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'Ada removed')
    a.provider.destroy()
    b.provider.destroy()
  })

  it('a client that joins later receives the board', async () => {
    const boardId = await createTestBoard(server)
    const a = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await whenSynced(a.provider)
    a.doc.getMap('shapes').set('cube', { title: 'Mortgage Loan' })
    const b = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await whenSynced(b.provider)
    await eventually(() => b.doc.getMap('shapes').has('cube'), 'cube on the late client')
    a.provider.destroy()
    b.provider.destroy()
  })
})

describe('viewers', () => {
  it('receive edits, but their updates are neither applied nor relayed', async () => {
    const boardId = await createTestBoard(server)
    const editor = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'editor'))
    const viewer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await Promise.all([whenSynced(editor.provider), whenSynced(viewer.provider)])
    viewer.doc.getMap('shapes').set('from-viewer', 1)
    editor.doc.getMap('shapes').set('from-editor', 1)
    await eventually(
      () => viewer.doc.getMap('shapes').has('from-editor'),
      'editor change at viewer',
    )
    // A third client syncs from the server: it must hold the editor's change only.
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await whenSynced(observer.provider)
    await eventually(() => observer.doc.getMap('shapes').has('from-editor'), 'observer synced')
    expect(observer.doc.getMap('shapes').has('from-viewer')).toBe(false)
    expect(editor.doc.getMap('shapes').has('from-viewer')).toBe(false)
    for (const client of [editor, viewer, observer]) client.provider.destroy()
  })
})

describe('refusals close with a 44xx code and a reason', () => {
  it('no token → 4401', async () => {
    const boardId = await createTestBoard(server)
    const socket = await rawSocketTo(boardId)
    expect(await closeOf(socket)).toEqual({
      code: closeCodes.unauthorized,
      reason: 'missing token',
    })
  })

  it('a forged token → 4401', async () => {
    const boardId = await createTestBoard(server)
    const token = (await tokenFor(boardId)).slice(0, -4) + 'AAAA'
    const socket = await rawSocketTo(boardId, token)
    expect(await closeOf(socket)).toEqual({
      code: closeCodes.unauthorized,
      reason: 'room token is not valid',
    })
  })

  it('an expired token → 4401', async () => {
    const boardId = await createTestBoard(server)
    const socket = await rawSocketTo(boardId, await tokenFor(boardId, 'editor', -10))
    expect(await closeOf(socket)).toEqual({
      code: closeCodes.unauthorized,
      reason: 'room token expired; ask for a new one',
    })
  })

  it('a token for another board → 4403', async () => {
    const boardId = await createTestBoard(server)
    const other = await createTestBoard(server)
    const socket = await rawSocketTo(boardId, await tokenFor(other))
    expect(await closeOf(socket)).toEqual({
      code: closeCodes.forbidden,
      reason: 'token is for another board',
    })
  })

  it('an unknown board → 4404', async () => {
    const socket = await rawSocketTo('doesnotexist0000', await tokenFor('doesnotexist0000'))
    expect(await closeOf(socket)).toEqual({
      code: closeCodes.unknownBoard,
      reason: 'board doesnotexist0000 does not exist',
    })
  })

  it('the stock client stops retrying after a refusal', async () => {
    const boardId = await createTestBoard(server)
    const client = connectClient(server.syncUrl, boardId, 'not-a-token')
    const closed = await new Promise<{ code: number }>((resolve) =>
      client.provider.once('closed', (event) => resolve(event)),
    )
    expect(closed.code).toBe(closeCodes.unauthorized)
    expect(client.provider.shouldConnect).toBe(false)
    client.provider.destroy()
  })
})

describe('bad input closes only the sender', () => {
  const badInputs: { name: string; send: (socket: WebSocket) => void; code: number }[] = [
    { name: 'a text frame', send: (s) => s.send('hello'), code: closeCodes.badRequest },
    {
      name: 'garbage bytes',
      send: (s) =>
        s.send(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])),
      code: closeCodes.badRequest,
    },
    {
      name: 'an unknown message type',
      send: (s) => s.send(Uint8Array.from([42])),
      code: closeCodes.badRequest,
    },
    {
      name: 'a truncated sync message',
      send: (s) =>
        s.send(Uint8Array.from([messageTypes.sync, syncProtocol.messageYjsUpdate, 20, 1, 2])),
      code: closeCodes.badRequest,
    },
    {
      name: 'an update Yjs cannot apply',
      send: (s) => s.send(syncUpdateMessage(Uint8Array.from([1, 1, 200, 1, 0, 9, 9, 9, 9]))),
      code: closeCodes.unprocessableUpdate,
    },
    {
      name: 'a truncated real update',
      send: (s) => {
        const doc = new Y.Doc()
        doc.getMap('shapes').set('x', 'a value that makes the update long enough')
        const update = Y.encodeStateAsUpdate(doc)
        s.send(syncUpdateMessage(update.subarray(0, update.length - 3)))
      },
      code: closeCodes.unprocessableUpdate,
    },
    {
      name: 'invalid awareness JSON',
      send: (s) => {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, messageTypes.awareness)
        const inner = encoding.createEncoder()
        encoding.writeVarUint(inner, 1)
        encoding.writeVarUint(inner, 12345)
        encoding.writeVarUint(inner, 1)
        encoding.writeVarString(inner, '{not json')
        encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
        s.send(encoding.toUint8Array(encoder))
      },
      code: closeCodes.badRequest,
    },
    {
      name: 'a frame over the size cap',
      send: (s) => s.send(new Uint8Array(maxMessageBytes + 1)),
      code: closeCodes.messageTooLarge,
    },
  ]

  for (const input of badInputs) {
    it(`${input.name} → ${input.code}, room and peers untouched`, async () => {
      const boardId = await createTestBoard(server)
      const peer = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
      await whenSynced(peer.provider)
      peer.doc.getMap('shapes').set('before', 1)
      const attacker = await rawSocketTo(boardId, await tokenFor(boardId))
      const closed = closeOf(attacker)
      input.send(attacker)
      const { code, reason } = await closed
      expect(code).toBe(input.code)
      expect(reason.length).toBeGreaterThan(0)
      // The peer stays connected and a newcomer still gets the board, with no damage.
      peer.doc.getMap('shapes').set('after', 2)
      const newcomer = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
      await whenSynced(newcomer.provider)
      await eventually(
        () => newcomer.doc.getMap('shapes').get('after') === 2,
        'newcomer has the board',
      )
      expect(peer.provider.wsconnected).toBe(true)
      expect([...newcomer.doc.getMap('shapes').keys()].sort()).toEqual(['after', 'before'])
      peer.provider.destroy()
      newcomer.provider.destroy()
    })
  }
})

describe('keep-alive', () => {
  it('an idle client receives a protocol message well within 30 s', async () => {
    const boardId = await createTestBoard(server)
    const socket = await rawSocketTo(boardId, await tokenFor(boardId))
    const frames: Buffer[] = []
    socket.on('message', (data: Buffer) => frames.push(data))
    // Greeting: sync step 1. After it the client says nothing; the server must keep talking.
    await eventually(() => frames.length >= 1, 'greeting')
    const greetings = frames.length
    await eventually(() => frames.length >= greetings + 2, 'keep-alive messages', 3000)
    expect(frames.at(-1)?.[0]).toBe(messageTypes.awareness)
    socket.close()
  })

  it('pings a silent client, not one it keeps hearing from', async () => {
    const boardId = await createTestBoard(server)
    const talking = await rawSocketTo(boardId, await tokenFor(boardId))
    const silent = await rawSocketTo(boardId, await tokenFor(boardId))
    const pings = { talking: 0, silent: 0 }
    talking.on('ping', () => pings.talking++)
    silent.on('ping', () => pings.silent++)
    // The keep-alive round is every 100 ms here; the talking client asks for awareness every 20 ms.
    const talk = setInterval(() => talking.send(Uint8Array.of(messageTypes.queryAwareness)), 20)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    clearInterval(talk)
    expect(pings.silent).toBeGreaterThanOrEqual(3)
    expect(pings.talking).toBe(0)
    talking.close()
    silent.close()
  })
})

describe('rooms', () => {
  it('leave memory after the last client leaves', async () => {
    const boardId = await createTestBoard(server)
    const client = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await whenSynced(client.provider)
    client.doc.getMap('shapes').set('x', 1)
    const before = server.rooms.size
    expect(before).toBeGreaterThan(0)
    client.provider.destroy()
    await eventually(() => server.rooms.size === before - 1, 'room unloaded')
  })

  it('opened and closed by the hundred leave no room, timer or socket behind', async () => {
    await eventually(() => server.rooms.size === 0, 'no rooms from earlier tests')
    const timersBefore = process
      .getActiveResourcesInfo()
      .filter((kind) => kind === 'Timeout').length
    for (let batch = 0; batch < 4; batch++) {
      const clients = await Promise.all(
        Array.from({ length: 50 }, async () => {
          const boardId = await createTestBoard(server)
          const client = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
          await whenSynced(client.provider)
          client.doc.getMap('shapes').set('x', batch)
          return client
        }),
      )
      expect(server.rooms.size).toBe(50)
      for (const client of clients) closeClient(client)
      await eventually(() => server.rooms.size === 0, 'all rooms unloaded', 10_000)
    }
    // Per-board timers (a compaction waits a couple of seconds) must all be gone; one
    // server-wide round of "last edited" marks may still be pending.
    await eventually(
      () =>
        process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length <=
        timersBefore + 1,
      'timers back to where they were',
      10_000,
    )
    // 200 boards made and opened: a leak check, not a speed target, so a busy machine gets time.
  }, 90_000)
})

it('plain HTTP to the sync path answers 426 with a JSON message', async () => {
  const response = await fetch(server.url + '/sync/whatever')
  expect(response.status).toBe(426)
  expect(await response.json()).toEqual({ error: 'the sync endpoint speaks WebSocket only' })
})
