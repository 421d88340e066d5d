import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { mintRoomToken, type RoomRole } from '@/lib/auth/room-token'
import { createBoard } from '@/lib/boards/board-store'
import type { BoardKind } from '@/lib/kinds'
import { startCubeboard, type RunningCubeboard } from '@/server/cubeboard-server'
import { createTestDatabase, type TestDatabase } from './databases'
import { testOwner, testOwnerId } from './test-owner'

export const testAuthSecret = 'test-secret-that-is-at-least-32-characters'
export const testSigningSecret = new TextEncoder().encode(testAuthSecret)

const quietLog = { info: () => {}, warn: () => {}, error: () => {} }

export interface TestServer extends RunningCubeboard {
  syncUrl: string
  testDatabase: TestDatabase
  /** Stops the server and removes its database. */
  stop(): Promise<void>
}

/** Starts the real server (sync endpoint only) on a free port with a fresh database. */
export async function startTestServer(
  options: {
    database?: 'pglite' | 'postgres'
    keepAliveMs?: number
    port?: number
    testDatabase?: TestDatabase
    redisUrl?: string
    accessCheckMs?: number
  } = {},
): Promise<TestServer> {
  const testDatabase =
    options.testDatabase ?? (await createTestDatabase(options.database ?? 'pglite'))
  const server = await startCubeboard({
    port: options.port ?? 0,
    host: '127.0.0.1',
    databaseUrl: testDatabase.databaseUrl,
    dataDir: testDatabase.dataDir,
    authSecret: testAuthSecret,
    web: false,
    keepAliveMs: options.keepAliveMs,
    redisUrl: options.redisUrl,
    accessCheckMs: options.accessCheckMs,
    log: quietLog,
  })
  return {
    ...server,
    syncUrl: server.url.replace(/^http/, 'ws') + '/sync',
    testDatabase,
    stop: async () => {
      await server.close()
      await testDatabase.drop()
    },
  }
}

export async function createTestBoard(
  server: RunningCubeboard,
  title = 'Test board',
  kind: BoardKind = 'cube',
): Promise<string> {
  const board = await createBoard(
    server.database.db,
    { title, kind },
    await testOwner(server.database.db),
  )
  return board.id
}

export async function tokenFor(
  boardId: string,
  role: RoomRole = 'editor',
  lifetimeSeconds?: number,
  userId = testOwnerId,
) {
  const { token } = await mintRoomToken(
    { boardId, role, userId },
    testSigningSecret,
    lifetimeSeconds,
  )
  return token
}

/** A stock y-websocket client in Node, as a script or test would use it. */
export function connectClient(syncUrl: string, boardId: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  return { doc, provider }
}

/** Disconnects a stock client and frees it (the provider leaves its awareness timer running). */
export function closeClient(client: { doc: Y.Doc; provider: WebsocketProvider }): void {
  client.provider.destroy()
  client.provider.awareness.destroy()
  client.doc.destroy()
}

/** Resolves once the provider has synced with the server. */
export function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => provider.once('sync', () => resolve()))
}

/** Polls until `check` holds, failing with `what` after the timeout. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** A raw WebSocket to the sync endpoint, for sending what no stock client would. */
export function openRawSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

/** The close code and reason a socket ends with. */
export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
}
