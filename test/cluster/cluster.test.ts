import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testOwner } from '../helpers/test-owner'
import * as Y from 'yjs'
import { createBoard } from '@/lib/boards/board-store'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../helpers/databases'
import { PrivateRedis, redisServerAvailable } from '../helpers/private-redis'
import { startServerProcess } from '../helpers/server-process'
import { TcpProxy } from '../helpers/tcp-proxy'
import {
  closeClient,
  connectClient,
  eventually,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'

const canRun = Boolean(testPostgresUrl) && redisServerAvailable
if (!canRun) {
  console.warn(
    '\n  Cluster suite SKIPPED: it needs TEST_DATABASE_URL (PostgreSQL) and a redis-server binary.\n',
  )
}

type Client = ReturnType<typeof connectClient>

function contents(client: Client): string {
  return JSON.stringify([
    [...client.doc.getMap('shapes').entries()].sort(([a], [b]) => a.localeCompare(b)),
    client.doc.getArray('log').toArray(),
  ])
}

describe.skipIf(!canRun)('several instances through Redis', () => {
  let database: TestDatabase
  let redis: PrivateRedis
  let instances: TestServer[]

  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    redis = await PrivateRedis.start()
    instances = []
    for (let i = 0; i < 3; i++) {
      instances.push(await startTestServer({ testDatabase: database, redisUrl: redis.url }))
    }
  })
  afterAll(async () => {
    for (const instance of instances) await instance.close()
    await redis.stop()
    await database.drop()
  })

  async function newBoard(): Promise<string> {
    return (
      await createBoard(
        instances[0]!.database.db,
        { title: 'Cluster', kind: 'cube' },
        await testOwner(instances[0]!.database.db),
      )
    ).id
  }

  /** Two stock clients on each instance. */
  async function clientsSpread(boardId: string): Promise<Client[]> {
    const clients: Client[] = []
    for (const instance of instances) {
      for (let i = 0; i < 2; i++) {
        const client = connectClient(instance.syncUrl, boardId, await tokenFor(boardId))
        await whenSynced(client.provider)
        clients.push(client)
      }
    }
    return clients
  }

  async function storedContents(boardId: string): Promise<string> {
    const stored = await new BoardLogStore(instances[0]!.database.db).load(boardId)
    const doc = new Y.Doc()
    for (const update of stored!.updates) Y.applyUpdate(doc, update)
    return contents({ doc } as Client)
  }

  async function allConverge(clients: Client[]) {
    await eventually(
      () => new Set(clients.map(contents)).size === 1,
      'all clients identical',
      15_000,
    )
  }

  it('clients on three instances see each other’s edits, and the database ends identical', async () => {
    const boardId = await newBoard()
    const clients = await clientsSpread(boardId)
    for (let round = 0; round < 30; round++) {
      const client = clients[round % clients.length]!
      client.doc.getMap('shapes').set(`shape${round % 7}`, round)
      client.doc.getArray('log').push([round])
      if (round % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await allConverge(clients)
    expect(clients[0]!.doc.getArray('log').length).toBe(30)
    const expected = contents(clients[0]!)
    for (const client of clients) closeClient(client)
    await eventually(
      () => instances.every((instance) => instance.rooms.size === 0),
      'rooms unloaded',
    )
    expect(await storedContents(boardId)).toBe(expected)
  })

  it('presence crosses instances and leaves with its client', async () => {
    const boardId = await newBoard()
    const clients = await clientsSpread(boardId)
    const [onFirst, , , , onThird] = clients
    onFirst!.provider.awareness.setLocalStateField('user', { name: 'Ada' })
    await eventually(
      () =>
        onThird!.provider.awareness.getStates().get(onFirst!.doc.clientID)?.user?.name === 'Ada',
      'Ada seen through another instance',
    )
    closeClient(onFirst!)
    await eventually(
      () => !onThird!.provider.awareness.getStates().has(onFirst!.doc.clientID),
      'Ada gone on the other instance',
    )
    for (const client of clients) closeClient(client)
  })

  it('keeps every edit when Redis goes away for a while and comes back', async () => {
    const boardId = await newBoard()
    const clients = await clientsSpread(boardId)
    await redis.stop()
    clients.forEach((client, i) => client.doc.getMap('shapes').set(`while-redis-down-${i}`, i))
    await new Promise((resolve) => setTimeout(resolve, 300))
    // Served per instance meanwhile: an edit made on the third instance is not on the first.
    expect(clients[0]!.doc.getMap('shapes').has('while-redis-down-4')).toBe(false)
    expect(clients[1]!.doc.getMap('shapes').has('while-redis-down-0')).toBe(true)
    await redis.restart()
    await allConverge(clients)
    expect(clients[0]!.doc.getMap('shapes').size).toBe(clients.length)
    for (const client of clients) closeClient(client)
  })

  it('writes each update once, on the instance of the client that made it', async () => {
    const boardId = await newBoard()
    const author = connectClient(instances[1]!.syncUrl, boardId, await tokenFor(boardId))
    const witness = connectClient(instances[0]!.syncUrl, boardId, await tokenFor(boardId))
    await Promise.all([whenSynced(author.provider), whenSynced(witness.provider)])
    author.doc.getMap('shapes').set('once', true)
    await eventually(() => witness.doc.getMap('shapes').has('once'), 'edit relayed')
    // Longer than an instance waits for the author's confirmation before writing a copy.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    for (const client of [author, witness]) closeClient(client)
    // Counted by the author's own structs, not by log length: both instances may write the
    // new board's schema as they load it, each its own update, and that is no copy.
    const log = new BoardLogStore(instances[0]!.database.db)
    const rowsWithTheEdit = (await log.load(boardId))!.updates.filter((update) =>
      Y.decodeUpdate(update).structs.some((struct) => struct.id.client === author.doc.clientID),
    )
    expect(rowsWithTheEdit).toHaveLength(1)
  })

  /**
   * A stock client on an instance in its own process, which the test can SIGKILL. That
   * instance reaches PostgreSQL through a proxy the test stalls before the edit, so the
   * edit is relayed but never written there, however long the relay takes on a busy machine
   * (its write batch is 50 ms: killing it "inside the batch" was a race CI lost).
   */
  async function authorOnDoomedInstance(boardId: string) {
    const direct = new URL(database.databaseUrl!)
    const proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) })
    const doomed = await startServerProcess(
      { ...database, databaseUrl: proxy.route(database.databaseUrl!) },
      { redisUrl: redis.url },
    )
    const author = connectClient(doomed.syncUrl, boardId, await tokenFor(boardId))
    const witness = connectClient(instances[0]!.syncUrl, boardId, await tokenFor(boardId))
    await Promise.all([whenSynced(author.provider), whenSynced(witness.provider)])
    proxy.stall()
    author.doc.getMap('shapes').set('last-words', true)
    await eventually(() => witness.doc.getMap('shapes').has('last-words'), 'edit relayed')
    await doomed.kill()
    await proxy.cut()
    closeClient(author)
    return witness
  }

  it('writes an edit whose instance relayed it and was killed before writing it', async () => {
    const boardId = await newBoard()
    const witness = await authorOnDoomedInstance(boardId)
    expect(await storedContents(boardId)).not.toContain('last-words')
    await eventually(
      async () => (await storedContents(boardId)).includes('last-words'),
      'written by the instance that holds the relayed copy',
      8000,
    )
    closeClient(witness)
  })

  it('writes such an edit at the latest when the board leaves memory', async () => {
    const boardId = await newBoard()
    closeClient(await authorOnDoomedInstance(boardId))
    await eventually(() => instances[0]!.rooms.size === 0, 'room unloaded')
    expect(await storedContents(boardId)).toContain('last-words')
  })

  it('after an instance stops, its clients reconnect to another one and lose nothing', async () => {
    const boardId = await newBoard()
    const clients = await clientsSpread(boardId)
    const [stopping] = instances.splice(1, 1)
    const movers = clients.slice(2, 4)
    await stopping!.close()
    for (const client of movers) {
      client.doc.getMap('shapes').set(`offline-${client.doc.clientID}`, true)
      // What a load balancer does: the next connection lands on a live instance.
      client.provider.serverUrl = instances[0]!.syncUrl
    }
    clients[0]!.doc.getMap('shapes').set('meanwhile', true)
    await allConverge(clients)
    expect(clients[0]!.doc.getMap('shapes').size).toBe(3)
    for (const client of clients) closeClient(client)
    instances.splice(1, 0, await startTestServer({ testDatabase: database, redisUrl: redis.url }))
  })
})
