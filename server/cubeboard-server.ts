// One process, one port: the Next app, the HTTP API and the live sync endpoint.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { installAppContext } from '@/lib/app-context'
import { loadSigningSecret } from '@/lib/auth/secret'
import { peerHeader } from '@/lib/auth/sign-in-methods'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { BoardSchemaKeeper } from './board-schema'
import { boardKindOf } from '@/lib/boards/board-store'
import { RedisRelay } from './cluster/redis-relay'
import { RelayExtension } from './cluster/relay-extension'
import * as Y from 'yjs'
import { boardModels } from './model/board-models'
import { CurrentModels } from './model/current-models'
import { ModelKeeper, modelKeeperExtension } from './model/model-keeper'
import { ModelWorker } from './model/model-worker'
import { StoredAnalyses } from './model/stored-analyses'
import { BoardModelStore } from '@/lib/boards/model-store'
import { liveBoards } from './live-boards'
import { recordVisit, rolesOnBoards } from '@/lib/sharing/member-store'
import { ParticipantGuard } from './sync/participant-guard'
import { Rooms } from './sync/rooms'
import { anonymousBallotIds } from './sync/anonymous-votes'
import { sessionVersions } from './sync/session-versions'
import { PostgresStorage } from './sync/storage/postgres-storage'
import { PrivateStorage } from './sync/storage/private-storage'
import { privateItemCounts, revealPrivateItems } from './sync/private-reveal'
import type { RoomGuard } from './sync/room'
import { createSyncServer, syncPathPrefix } from './sync/sync-server'
import { RateLimiter, type RateLimits } from './http/rate-limits'
import { requestGuard } from './http/request-guard'

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
  /** The address people open (NEXTAUTH_URL): pages there may post here. */
  publicUrl?: string
  /** Count rate limits per the last `X-Forwarded-For` address (behind your own proxy). */
  trustProxy?: boolean
  /** Rate limits other than the defaults (see `rateLimitsFrom`). */
  rateLimits?: RateLimits
  log?: Pick<Console, 'info' | 'warn' | 'error'>
}

export interface RunningCubeboard {
  url: string
  port: number
  database: DatabaseConnection
  rooms: Rooms
  /** Members' private rooms this process holds. */
  privateRooms: Rooms
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

  const modelWorker = new ModelWorker()
  modelWorker.start()
  const storage = new PostgresStorage(database.db, log, (updates) => modelWorker.fold(updates))
  const relay = options.redisUrl ? new RedisRelay(options.redisUrl, log) : undefined
  const relayExtension = relay ? new RelayExtension(relay, storage) : undefined
  const privateStorage = new PrivateStorage(database.db, log)
  const privateRelayExtension = relay ? new RelayExtension(relay, privateStorage) : undefined
  const modelStore = new BoardModelStore(database.db)
  const analyses = new StoredAnalyses(modelWorker)
  const currentModels = new CurrentModels((state) => modelWorker.derive([state]))
  const keeper = new ModelKeeper({
    derive: (doc) => currentModels.of(doc),
    save: async (boardId, json, derivedAt) => {
      await modelStore.save(boardId, json, derivedAt)
      analyses.modelStored(boardId, json, derivedAt)
    },
    onError: (boardId, error) => log.error(`deriving the model of board ${boardId} failed`, error),
  })
  const schemaKeeper = new BoardSchemaKeeper((boardId) => boardKindOf(database.db, boardId), log)
  const rooms: Rooms = new Rooms({
    storage,
    guardFor: (doc) => new ParticipantGuard(doc),
    extensions: [
      modelKeeperExtension(keeper),
      schemaKeeper,
      sessionVersions(database.db, log),
      ...(relayExtension ? [relayExtension] : []),
    ],
    onRefusedChange: (boardId, userId, reason) =>
      log.info(`undid a change of ${userId} on board ${boardId}: ${reason}`),
    anonymousBallotIds: anonymousBallotIds(signingSecret),
    revealPrivateItems: (boardId) =>
      revealPrivateItems(boardId, { board: rooms, private: privateRooms, privateStorage }),
  })
  // Members' private rooms: stored and relayed like boards, read by nothing else (no model,
  // versions or schema keeping); their author may write anything there, as nobody else sees it.
  const privateRooms = new Rooms({
    storage: privateStorage,
    guardFor: (doc) => authorsOwnDoc(doc),
    extensions: [
      privateItemCounts(rooms),
      ...(privateRelayExtension ? [privateRelayExtension] : []),
    ],
  })
  const sync = createSyncServer({
    rooms,
    privateRooms,
    signingSecret,
    keepAliveMs: options.keepAliveMs,
    members: { rolesOn: (boardIds) => rolesOnBoards(database.db, boardIds) },
    accessCheckMs: options.accessCheckMs,
    onMemberLeft: (boardId, userId, room) => {
      // What they saw as they left: next time, the board shows what changed since.
      currentModels
        .of(room.doc)
        .then((seen) => recordVisit(database.db, boardId, userId, seen))
        .catch((error: unknown) =>
          log.warn(`could not note the visit of ${userId} to ${boardId}`, error),
        )
    },
    log,
  })
  installAppContext({
    database,
    signingSecret,
    seeds: {
      seed: (from) => modelWorker.seed(from),
      readNewBoard: (text) => modelWorker.newBoard(text),
    },
    boards: liveBoards({
      rooms,
      storage,
      recheckAccess: (boardId) => sync.recheckAccess(boardId),
      keepSchema: (room) => schemaKeeper.keep(room),
      // A restored version is searchable and read as restored at once, not a second later.
      restored: (boardId) => keeper.flush(boardId),
    }),
    models: boardModels({
      rooms,
      storage,
      keeper,
      worker: modelWorker,
      current: currentModels,
      analyses,
    }),
  })

  const web = options.web ? await startNext(options.web === 'development', options) : null
  const rateLimiter = new RateLimiter(options.rateLimits, { redisUrl: options.redisUrl, log })
  // Counted with the cluster from the first request; a Redis that does not answer soon
  // leaves this instance counting on its own until it does.
  await rateLimiter.connected(5_000)
  const guard = requestGuard({
    development: options.web === 'development',
    appOrigin: options.publicUrl ? new URL(options.publicUrl).origin : undefined,
    trustProxy: options.trustProxy,
    rateLimiter,
  })
  const server = http.createServer((request, response) => {
    guard(request, response).then(
      (passed) => passed && handle(request, response),
      (error: unknown) => {
        log.error('checking a request failed', error)
        if (!response.headersSent) response.writeHead(500).end()
      },
    )
  })
  function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
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
  }
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
    privateRooms,
    close: () =>
      (closing ??= (async () => {
        server.close()
        await sync.close()
        await rooms.whenUnloaded()
        await privateRooms.whenUnloaded()
        relayExtension?.close()
        privateRelayExtension?.close()
        await storage.close()
        await privateStorage.close()
        await keeper.settle()
        await modelWorker.close()
        await relay?.close()
        rateLimiter.close()
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

/** The guard of a private room: its author's own doc, every update of theirs applied as sent. */
function authorsOwnDoc(doc: Y.Doc): RoomGuard {
  return {
    apply: (update, origin) => {
      Y.applyUpdate(doc, update, origin)
      return { ok: true }
    },
    destroy: () => {},
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
