import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { WebSocket } from 'ws'
import { holdIncoming } from '@/lib/sync/held-socket'
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

/** A stock client whose socket holds what it receives until `release()`. */
function heldClient(syncUrl: string, boardId: string, token: string) {
  // A subclass, as a page's WebSocket may itself be (a probe, an extension): the handler
  // properties it holds are inherited.
  class WrappedWebSocket extends WebSocket {}
  const hold = holdIncoming(WrappedWebSocket as unknown as typeof globalThis.WebSocket)
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    params: { token },
    WebSocketPolyfill: hold.Socket,
    disableBc: true,
  })
  const socket = provider.ws!
  /** Messages that reached the socket itself, held or not. */
  let arrived = 0
  socket.addEventListener('message', () => arrived++)
  return { doc, provider, socket, release: hold.release, arrived: () => arrived }
}

describe('a socket that holds what it receives', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('opens and asks for the board at once, and takes the answer in only when released', async () => {
    const boardId = await createTestBoard(server)
    const writer = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    const late = heldClient(server.syncUrl, boardId, await tokenFor(boardId))
    try {
      await whenSynced(writer.provider)
      writer.doc.getMap('shapes').set('a', 1)
      // The server's step 1 and its answer to the held client's step 1: the client asked
      // as soon as its socket opened.
      await eventually(() => late.arrived() >= 2, 'the server answered the held client')
      expect(late.provider.wsconnected).toBe(true)
      expect(late.provider.synced).toBe(false)
      expect(late.doc.getMap('shapes').size).toBe(0)

      late.release()
      expect(late.provider.synced).toBe(true)
      await eventually(() => late.doc.getMap('shapes').get('a') === 1, 'the held client has a')

      // Released, it is an ordinary client: edits go both ways.
      late.doc.getMap('shapes').set('b', 2)
      writer.doc.getMap('shapes').set('c', 3)
      await eventually(
        () =>
          writer.doc.getMap('shapes').get('b') === 2 && late.doc.getMap('shapes').get('c') === 3,
        'edits both ways',
      )
    } finally {
      closeClient(writer)
      closeClient(late)
    }
  })

  it('holds a refusal too, until released', async () => {
    const boardId = await createTestBoard(server)
    const refused = heldClient(server.syncUrl, boardId, await tokenFor(boardId, 'editor', -1))
    const closed: number[] = []
    refused.provider.on('connection-close', (event) => closed.push(event?.code ?? 0))
    try {
      await eventually(() => refused.socket.readyState === WebSocket.CLOSED, 'closed')
      expect(closed).toEqual([])
      refused.release()
      expect(closed.length).toBe(1)
    } finally {
      closeClient(refused)
    }
  })
})
