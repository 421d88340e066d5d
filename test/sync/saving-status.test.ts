import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { GET as health } from '@/app/api/health/route'
import { listenToSavingStatus, type SavingStatus } from '@/lib/sync/saving-status'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../helpers/databases'
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
import { TcpProxy } from '../helpers/tcp-proxy'

if (!testPostgresUrl) {
  console.warn('\n  Database-outage suite SKIPPED: it needs TEST_DATABASE_URL (PostgreSQL).\n')
}

/**
 * The server's PostgreSQL goes away (a proxy between them is cut; the shared PostgreSQL
 * keeps running) while people edit: they are told, health says so at once, and nothing
 * they did is lost when the database is back.
 */
describe.skipIf(!testPostgresUrl)('the database going away', () => {
  let database: TestDatabase
  let proxy: TcpProxy
  let server: TestServer

  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    const direct = new URL(database.databaseUrl!)
    proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) })
    server = await startTestServer({
      testDatabase: { ...database, databaseUrl: proxy.route(database.databaseUrl!) },
    })
  })
  afterAll(async () => {
    await proxy.restore().catch(() => {})
    await server.stop()
    await proxy.cut()
  })

  async function storedShapes(boardId: string) {
    const stored = new Y.Doc()
    for (const update of (await new BoardLogStore(server.database.db).load(boardId))!.updates) {
      Y.applyUpdate(stored, update)
    }
    return stored.getMap('shapes').toJSON()
  }

  for (const outage of [
    { name: 'stopped: connections refused', begin: () => proxy.cut() },
    { name: 'not answering: connections hang', begin: async () => proxy.stall() },
  ]) {
    it(`tells connected clients their changes are not being saved, then that they are again (database ${outage.name})`, async () => {
      const boardId = await createTestBoard(server)
      const client = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
      const heard: SavingStatus[] = []
      listenToSavingStatus(client.provider, (status) => heard.push(status))
      await whenSynced(client.provider)
      client.doc.getMap('shapes').set('before', 1)
      expect((await health()).status).toBe(200)

      await outage.begin()
      client.doc.getMap('shapes').set('during', 1)
      await eventually(() => heard.at(-1)?.saving === false, 'the "not saving" message', 10_000)
      expect(heard.at(-1)?.reason).toBe(
        'the server cannot reach its database, so changes are not being saved',
      )
      const askedAt = performance.now()
      const response = await health()
      const answeredInMs = performance.now() - askedAt
      console.info(`health answered in ${answeredInMs.toFixed(0)} ms (database ${outage.name})`)
      expect(response.status).toBe(503)
      expect(answeredInMs).toBeLessThan(1000)
      expect((await response.json()).error).toMatch(/^database unavailable: /)

      await proxy.restore()
      await eventually(() => heard.at(-1)?.saving === true, 'the "saving again" message', 20_000)
      // "Saving again" follows the first write that succeeds: when the outage caught the
      // write of "before" under way, "during" is written in the batch after it.
      let stored: unknown = null
      await eventually(
        async () => {
          stored = await storedShapes(boardId)
          return JSON.stringify(stored) === JSON.stringify({ before: 1, during: 1 })
        },
        'both edits in the database',
        5_000,
      ).catch(() => {})
      expect(stored).toEqual({ before: 1, during: 1 })
      expect((await health()).status).toBe(200)
      closeClient(client)
    })
  }
})
