import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { installAppContext } from '@/lib/app-context'
import { loadSigningSecret } from '@/lib/auth/secret'
import { peerHeader } from '@/lib/auth/sign-in-methods'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { boardSeeds } from './board-seeds'
import { boardSchemaKeeper } from './board-schema'
import { RedisRelay } from './cluster/redis-relay'
import { RelayExtension } from './cluster/relay-extension'
import { ModelKeeper, modelKeeperExtension } from './model/model-keeper'
import { BoardModelStore, modelOfDoc } from '@/lib/boards/model-store'
import { liveBoards } from './live-boards'
import { recordVisit, rolesOnBoards } from '@/lib/sharing/member-store'
import { ParticipantGuard } from './sync/participant-guard'
import { Rooms } from './sync/rooms'
import { sessionVersions } from './sync/session-versions'
import { PostgresStorage } from './sync/storage/postgres-storage'
import { createSyncServer, syncPathPrefix } from './sync/sync-server'

export interface CubeboardOptions {
  port: number
  host?: string
  databaseUrl?: string
  dataDir: string
  authSecret?: string
  /** With Redis, several instances serve the same boards (see README, "Several instances"). */
  redisUrl?: string
  /** Serve the Next app ('production' needs `next build` first), or only the sync endpoint. */
  web: 'production' | 'development' | false
  keepAliveMs?: number
  /** How often open connections are checked against board members (default 2 s). */
  accessCheckMs?: number
  log?: Pick<Console, 'info' | 'warn' | 'error'>
}

export interface RunningCubeboard {
  url: string
  port: number
  database: DatabaseConnection
  rooms: Rooms
  /** Stops taking connections, writes every pending update, closes the database. */
  close(): Promise<void>
}

/**
 * Starts one Cubeboard process: database (migrated), sync endpoint at /sync/<boardId>
 * and, when asked, the Next app, all on one port.
 */
export async function startCubeboard(options: CubeboardOptions): Promise<RunningCubeboard> {
  const log = options.log ?? console
  const database = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
  })
  const signingSecret = loadSigningSecret({
    authSecret: options.authSecret,
    dataDir: options.dataDir,
  })

  const storage = new PostgresStorage(database.db, log)
  const relay = options.redisUrl ? new RedisRelay(options.redisUrl, log) : undefined
  const relayExtension = relay ? new RelayExtension(relay, storage) : undefined
  const modelStore = new BoardModelStore(database.db)
  const models = new ModelKeeper({
    save: (boardId, model) => modelStore.save(boardId, model),
    onError: (boardId, error) => log.error(`deriving the model of board ${boardId} failed`, error),
  })
  const rooms = new Rooms({
    storage,
    guardFor: (doc) => new ParticipantGuard(doc),
    extensions: [
      boardSchemaKeeper(log),
      modelKeeperExtension(models),
      sessionVersions(database.db, log),
      ...(relayExtension ? [relayExtension] : []),
    ],
    onRefusedChange: (boardId, userId, reason) =>
      log.info(`undid a change of ${userId} on board ${boardId}: ${reason}`),
  })
  const sync = createSyncServer({
    rooms,
    signingSecret,
    keepAliveMs: options.keepAliveMs,
    members: { rolesOn: (boardIds) => rolesOnBoards(database.db, boardIds) },
    accessCheckMs: options.accessCheckMs,
    onMemberLeft: (boardId, userId, room) => {
      // What they saw as they left: next time, the board shows what changed since.
      recordVisit(database.db, boardId, userId, modelOfDoc(room.doc)).catch((error: unknown) =>
        log.warn(`could not note the visit of ${userId} to ${boardId}`, error),
      )
    },
    log,
  })
  installAppContext({
    database,
    signingSecret,
    seeds: boardSeeds,
    boards: liveBoards({
      rooms,
      storage,
      recheckAccess: (boardId) => sync.recheckAccess(boardId),
      log,
    }),
  })

  const web = options.web ? await startNext(options.web === 'development', options) : null
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith(syncPathPrefix)) {
      response.writeHead(426, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: 'the sync endpoint speaks WebSocket only' }))
      return
    }
    if (!web) {
      response.writeHead(404, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: 'this process serves the sync endpoint only' }))
      return
    }
    request.headers[peerHeader] = fromThisMachine(request) ? 'local' : 'remote'
    void web.handleRequest(request, response)
  })
  server.on('upgrade', (request, socket, head) => {
    if (request.url?.startsWith(syncPathPrefix)) return sync.handleUpgrade(request, socket, head)
    if (web) return void web.handleUpgrade(request, socket, head)
    socket.destroy()
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`

  let closing: Promise<void> | null = null
  return {
    url,
    port,
    database,
    rooms,
    close: () =>
      (closing ??= (async () => {
        server.close()
        await sync.close()
        await rooms.whenUnloaded()
        relayExtension?.close()
        await storage.close()
        await models.close()
        await relay?.close()
        server.closeAllConnections()
        await web?.close()
        await database.close()
      })()),
  }
}

async function startNext(dev: boolean, options: CubeboardOptions) {
  const { default: next } = await import('next')
  const app = next({
    dev,
    dir: process.cwd(),
    hostname: options.host,
    port: options.port,
    turbopack: dev,
  })
  await app.prepare()
  return {
    handleRequest: app.getRequestHandler(),
    handleUpgrade: app.getUpgradeHandler(),
    close: () => app.close(),
  }
}

/** A request straight from this machine: a loopback peer, not relayed by a proxy. */
function fromThisMachine(request: http.IncomingMessage): boolean {
  const peer = request.socket.remoteAddress ?? ''
  const loopback = peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.')
  const relayed = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
    (name) => name in request.headers,
  )
  return loopback && !relayed
}
