import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testOwner } from '../helpers/test-owner'
import * as Y from 'yjs'
import { asc, count, eq, inArray, sql } from 'drizzle-orm'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { createBoard } from '@/lib/boards/board-store'
import { boards, boardSnapshots, boardUpdates } from '@/lib/db/schema'
import { modelFromRecords } from '@/lib/model'
import { BoardModelStore } from '@/lib/boards/model-store'
import { rolesOnBoards } from '@/lib/sharing/member-store'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import { byteaSliceBytes } from '@/lib/db/bytea-slices'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { connectClient, eventually, startTestServer, tokenFor, whenSynced } from '../helpers/server'
import { startServerProcess } from '../helpers/server-process'

/** Loads a board the way a restarted server would, straight from the database. */
async function storedDoc(database: DatabaseConnection, boardId: string): Promise<Y.Doc> {
  const stored = await new BoardLogStore(database.db).load(boardId)
  if (!stored) throw new Error(`board ${boardId} is not in the database`)
  const doc = new Y.Doc()
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  return doc
}

async function logRows(database: DatabaseConnection, boardId: string): Promise<number> {
  const [row] = await database.db
    .select({ rows: count() })
    .from(boardUpdates)
    .where(eq(boardUpdates.boardId, boardId))
  return row?.rows ?? 0
}

/** A fold that waits, once it has begun, until released: a compaction caught mid-fold. */
function pausedFold() {
  let begun = () => {}
  const folding = new Promise<void>((resolve) => (begun = resolve))
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const fold = async (updates: Uint8Array[]) => {
    begun()
    await released
    const doc = new Y.Doc()
    for (const update of updates) Y.applyUpdate(doc, update)
    return [Y.encodeStateAsUpdate(doc)]
  }
  return { fold, folding, release }
}

/** A board's edits, one update per pushed number, as log rows to append. */
function editLog(boardId: string) {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return {
    push(from: number, to: number) {
      for (let i = from; i < to; i++) doc.getArray('log').push([i])
      return updates.splice(0).map((update) => ({ boardId, update }))
    },
  }
}

/** The persistence behaviour, run once per database kind. */
export function persistenceSuite(kind: 'pglite' | 'postgres') {
  describe(`persistence on ${kind}`, () => {
    let testDatabase: TestDatabase

    beforeAll(async () => {
      testDatabase = await createTestDatabase(kind)
    })

    /** The test database, opened, with a new board in it. */
    async function openWithBoard(title: string) {
      const database = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      const board = await createBoard(
        database.db,
        { title, kind: 'cube' },
        await testOwner(database.db),
      )
      return { database, board }
    }
    afterAll(() => testDatabase.drop())

    it('writes updates in short batches soon after they arrive', async () => {
      const server = await startTestServer({ testDatabase })
      const board = await createBoard(
        server.database.db,
        { title: 'Batches', kind: 'cube' },
        await testOwner(server.database.db),
      )
      const client = connectClient(server.syncUrl, board.id, await tokenFor(board.id))
      await whenSynced(client.provider)
      for (let i = 0; i < 40; i++) client.doc.getMap('shapes').set(`shape${i}`, i)
      await eventually(() => client.provider.ws?.bufferedAmount === 0, 'sent')
      await new Promise((resolve) => setTimeout(resolve, 250))
      const rows = await logRows(server.database, board.id)
      expect(rows).toBeGreaterThan(0)
      expect(rows).toBeLessThan(40)
      expect((await storedDoc(server.database, board.id)).getMap('shapes').size).toBe(40)
      client.provider.destroy()
      await server.close()
      // The first server of the file also creates the database (PGlite: migrations in WASM)
      // and compiles the model worker: over 30 s when the 2-core machine is busy.
    }, 90_000)

    it('loads a board from the database before the first sync reply', async () => {
      const first = await startTestServer({ testDatabase })
      const board = await createBoard(
        first.database.db,
        { title: 'Load first', kind: 'cube' },
        await testOwner(first.database.db),
      )
      const writer = connectClient(first.syncUrl, board.id, await tokenFor(board.id))
      await whenSynced(writer.provider)
      writer.doc.getMap('shapes').set('cube', 'Mortgage Loan')
      writer.provider.destroy()
      await first.close()

      const second = await startTestServer({ testDatabase })
      const reader = connectClient(second.syncUrl, board.id, await tokenFor(board.id))
      // At the moment the client counts itself synced, the board must already be there.
      const atSync = await new Promise<unknown>((resolve) =>
        reader.provider.once('sync', () => resolve(reader.doc.getMap('shapes').get('cube'))),
      )
      expect(atSync).toBe('Mortgage Loan')
      reader.provider.destroy()
      await second.close()
    })

    it('keeps everything across a restart; connected clients reconnect and converge', async () => {
      const first = await startTestServer({ testDatabase })
      const port = first.port
      const board = await createBoard(
        first.database.db,
        { title: 'Restart', kind: 'cube' },
        await testOwner(first.database.db),
      )
      const a = connectClient(first.syncUrl, board.id, await tokenFor(board.id))
      const b = connectClient(first.syncUrl, board.id, await tokenFor(board.id))
      await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
      a.doc.getMap('shapes').set('before', 1)
      await eventually(() => b.doc.getMap('shapes').has('before'), 'before at b')
      await first.close()
      // While the server is down both keep editing.
      a.doc.getMap('shapes').set('offline-a', 1)
      b.doc.getMap('shapes').set('offline-b', 1)
      const second = await startTestServer({ testDatabase, port })
      await eventually(
        () =>
          ['before', 'offline-a', 'offline-b'].every(
            (key) => a.doc.getMap('shapes').has(key) && b.doc.getMap('shapes').has(key),
          ),
        'both clients converge after the restart',
        10_000,
      )
      a.provider.destroy()
      b.provider.destroy()
      await eventually(() => second.rooms.size === 0, 'room unloaded')
      const stored = await storedDoc(second.database, board.id)
      expect([...stored.getMap('shapes').keys()].sort()).toEqual([
        'before',
        'offline-a',
        'offline-b',
      ])
      await second.close()
    })

    it('after kill -9, updates older than a second are stored and clients push the rest', async () => {
      const admin = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      const board = await createBoard(
        admin.db,
        { title: 'Kill', kind: 'cube' },
        await testOwner(admin.db),
      )
      await admin.close() // PGlite has one owner: the server process.
      const first = await startServerProcess(testDatabase)
      const client = connectClient(first.syncUrl, board.id, await tokenFor(board.id))
      await whenSynced(client.provider)
      for (let i = 0; i < 100; i++) client.doc.getMap('shapes').set(`early${i}`, i)
      await new Promise((resolve) => setTimeout(resolve, 1100))
      client.doc.getMap('shapes').set('late', 1) // may or may not reach the database
      await first.kill()

      const afterKill = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      const stored = await storedDoc(afterKill, board.id)
      for (let i = 0; i < 100; i++) expect(stored.getMap('shapes').get(`early${i}`)).toBe(i)
      await afterKill.close()

      client.doc.getMap('shapes').set('while-down', 1)
      const second = await startServerProcess(testDatabase, { port: first.port })
      await eventually(() => client.provider.synced, 'client reconnected', 10_000)
      const observer = connectClient(second.syncUrl, board.id, await tokenFor(board.id))
      await whenSynced(observer.provider)
      await eventually(
        () =>
          observer.doc.getMap('shapes').has('late') &&
          observer.doc.getMap('shapes').has('while-down'),
        'the client pushed what the server missed',
      )
      expect(observer.doc.getMap('shapes').size).toBe(102)
      client.provider.destroy()
      observer.provider.destroy()
      await second.kill()
    })

    it('compacts the log into a snapshot by applying it; load = snapshot + later updates', async () => {
      const database = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      const store = new BoardLogStore(database.db)
      const board = await createBoard(
        database.db,
        { title: 'Compaction', kind: 'cube' },
        await testOwner(database.db),
      )
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      for (let i = 0; i < 300; i++) doc.getArray('log').push([i])
      await store.append(updates.splice(0).map((update) => ({ boardId: board.id, update })))
      expect(await store.compact(board.id)).toBe(300)
      expect(await logRows(database, board.id)).toBe(0)
      for (let i = 300; i < 310; i++) doc.getArray('log').push([i])
      await store.append(updates.splice(0).map((update) => ({ boardId: board.id, update })))
      const loaded = await store.load(board.id)
      expect(loaded?.logLength).toBe(10)
      const [snapshot] = await database.db
        .select()
        .from(boardSnapshots)
        .where(eq(boardSnapshots.boardId, board.id))
      expect(snapshot).toBeDefined()
      const restored = await storedDoc(database, board.id)
      expect(restored.getArray('log').toArray()).toEqual(doc.getArray('log').toArray())
      expect(await store.compact(board.id)).toBe(10)
      expect((await storedDoc(database, board.id)).getArray('log').length).toBe(310)
      await database.close()
    })

    it('stores a long history in pieces that a load applies in turn; a snapshot stored whole still loads', async () => {
      const { database, board } = await openWithBoard('Snapshot in pieces')
      const store = new BoardLogStore(database.db)
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      for (let i = 0; i < 3000; i++) doc.getMap('records').set(`shape:${i % 100}`, i)
      await store.append(updates.splice(0).map((update) => ({ boardId: board.id, update })))
      expect(await store.compact(board.id)).toBe(3000)
      expect((await store.load(board.id))?.updates.length).toBeGreaterThan(2)
      const records = doc.getMap('records').toJSON()
      expect((await storedDoc(database, board.id)).getMap('records').toJSON()).toEqual(records)
      // A server from before pieces, reading the column as one update, refuses it rather
      // than load the board empty.
      const [stored] = await database.db
        .select({ state: boardSnapshots.state })
        .from(boardSnapshots)
        .where(eq(boardSnapshots.boardId, board.id))
      expect(() => Y.applyUpdate(new Y.Doc(), stored!.state)).toThrow()

      // As a server stored it before snapshots came in pieces: the state as one update.
      await database.db
        .update(boardSnapshots)
        .set({ state: Y.encodeStateAsUpdate(doc) })
        .where(eq(boardSnapshots.boardId, board.id))
      expect((await store.load(board.id))?.updates).toHaveLength(1)
      expect((await storedDoc(database, board.id)).getMap('records').toJSON()).toEqual(records)
      await database.close()
    })

    it('folds outside the transaction, and stores nothing when the board was compacted meanwhile', async () => {
      const { database, board } = await openWithBoard('Overlapping compactions')
      const paused = pausedFold()
      const slow = new BoardLogStore(database.db, undefined, paused.fold)
      const quick = new BoardLogStore(database.db)
      const edits = editLog(board.id)
      await quick.append(edits.push(0, 300))
      const overtaken = slow.compact(board.id)
      await paused.folding
      // While the first folds (holding no transaction: the database serves others), more
      // edits arrive and a second compaction folds all 310 rows and drops them.
      await quick.append(edits.push(300, 310))
      expect(await quick.compact(board.id)).toBe(310)
      paused.release()
      // Its snapshot of 300 rows would replace the one of 310 whose rows are gone.
      expect(await overtaken).toBe(0)
      expect((await storedDoc(database, board.id)).getArray('log').length).toBe(310)
      await database.close()
    })

    it('leaves the log whole when a row below the last one read was committed after the read', async () => {
      const { database, board } = await openWithBoard('Late row')
      const paused = pausedFold()
      const store = new BoardLogStore(database.db, undefined, paused.fold)
      await store.append(editLog(board.id).push(0, 300))
      // Another instance's row, numbered in the middle of the log, not yet committed.
      const rows = await database.db
        .select({ id: boardUpdates.id, update: boardUpdates.update })
        .from(boardUpdates)
        .where(eq(boardUpdates.boardId, board.id))
        .orderBy(asc(boardUpdates.id))
      const late = rows[150]!
      await database.db.delete(boardUpdates).where(eq(boardUpdates.id, late.id))
      const compacting = store.compact(board.id)
      await paused.folding
      await database.db.execute(
        sql`insert into ${boardUpdates} (id, board_id, update) overriding system value
            values (${late.id}, ${board.id}, ${late.update})`,
      )
      paused.release()
      expect(await compacting).toBe(0)
      expect(await logRows(database, board.id)).toBe(300)
      expect(await new BoardLogStore(database.db).compact(board.id)).toBe(300)
      expect((await storedDoc(database, board.id)).getArray('log').length).toBe(300)
      await database.close()
    })

    it('appends a batch for several boards as one row each, bytes and order as sent', async () => {
      const database = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      const owner = await testOwner(database.db)
      const boardIds: string[] = []
      for (const title of ['First', 'Second', 'Third']) {
        boardIds.push((await createBoard(database.db, { title, kind: 'cube' }, owner)).id)
      }
      // Every byte value, an empty update and a long one.
      const sent = [
        Uint8Array.from({ length: 256 }, (_, index) => index),
        new Uint8Array(0),
        new Uint8Array(100_000).fill(7),
      ]
      await new BoardLogStore(database.db).append(
        sent.map((update, index) => ({ boardId: boardIds[index]!, update })),
      )
      const rows = await database.db
        .select({ boardId: boardUpdates.boardId, update: boardUpdates.update })
        .from(boardUpdates)
        .where(inArray(boardUpdates.boardId, boardIds))
        .orderBy(asc(boardUpdates.id))
      expect(rows.map((row) => row.boardId)).toEqual(boardIds)
      expect(rows.map((row) => [...row.update])).toEqual(sent.map((update) => [...update]))
      await database.close()
    })

    it('reads rows larger than a slice in slices and the others whole, byte for byte', async () => {
      const { database, board } = await openWithBoard('Slices')
      const sliced = new BoardLogStore(database.db, 1000)
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      // A seed far larger than a slice (and not a multiple of it), then small edits, one
      // between half a slice and a slice, and enough small ones again to fill several values.
      doc.getText('seed').insert(0, 'x'.repeat(4321))
      for (let i = 0; i < 30; i++) doc.getArray('log').push([i])
      doc.getText('middle').insert(0, 'y'.repeat(700))
      for (let i = 0; i < 200; i++) doc.getArray('later').push([`edit ${i}`])
      await sliced.append(updates.map((update) => ({ boardId: board.id, update })))
      const fromLog = await sliced.load(board.id)
      expect(fromLog?.updates.map((update) => Buffer.from(update))).toEqual(
        updates.map((update) => Buffer.from(update)),
      )
      // The snapshot (over a slice) comes back whole, before the rows after it.
      expect(await sliced.compact(board.id)).toBe(232)
      doc.getArray('log').push(['after'])
      await sliced.append(updates.slice(232).map((update) => ({ boardId: board.id, update })))
      const fromSnapshot = await sliced.load(board.id)
      expect(fromSnapshot?.updates).toHaveLength(2)
      expect(fromSnapshot!.updates[0]!.length).toBeGreaterThan(4321)
      const restored = new Y.Doc()
      for (const update of fromSnapshot!.updates) Y.applyUpdate(restored, update)
      expect(restored.getText('seed').toString()).toBe('x'.repeat(4321))
      expect(restored.getArray('log').toArray()).toEqual(doc.getArray('log').toArray())
      expect(restored.getArray('later').length).toBe(200)
      await database.close()
    })

    it('writes a first update of several megabytes in slices, and reads it back whole', async () => {
      const database = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      const seed = new Uint8Array(2.5 * byteaSliceBytes).map((_, at) => (at * 7919) % 251)
      const board = await createBoard(
        database.db,
        { title: 'Big seed', kind: 'cube' },
        await testOwner(database.db),
        seed,
      )
      expect(await logRows(database, board.id)).toBe(1)
      const stored = await new BoardLogStore(database.db).load(board.id)
      expect(stored?.updates).toHaveLength(1)
      expect(Buffer.from(stored!.updates[0]!).equals(Buffer.from(seed))).toBe(true)
      await database.close()
    })

    it('keeps a board’s model, the later derivation winning, and drops it with the board', async () => {
      const { database, board } = await openWithBoard('Model')
      const models = new BoardModelStore(database.db)
      const model = (title: string) => ({
        ...modelFromRecords([]),
        cubes: [{ id: 'shape:a', title, departmentId: 'risk' }],
      })
      await models.save(board.id, model('Newer'), new Date(2_000))
      await models.save(board.id, model('Older, saved late'), new Date(1_000))
      expect((await models.find(board.id))?.model.cubes[0]?.title).toBe('Newer')
      await models.save(board.id, model('Newest'), new Date(3_000))
      expect(await models.find(board.id)).toEqual({
        model: model('Newest'),
        derivedAt: new Date(3_000),
      })
      await database.db.delete(boards).where(eq(boards.id, board.id))
      expect(await models.find(board.id)).toBeNull()
      await database.close()
    })

    it('marks several boards edited in one go, each at the later of its times', async () => {
      const { database, board } = await openWithBoard('Edited first')
      const other = await createBoard(
        database.db,
        { title: 'Edited second', kind: 'cube' },
        await testOwner(database.db),
      )
      const store = new BoardLogStore(database.db)
      const later = new Date(Date.now() + 60_000)
      const earlier = new Date(Date.now() + 30_000)
      await store.markEdited([
        { boardId: board.id, at: later },
        { boardId: other.id, at: earlier },
      ])
      // An older edit time (a batch written late) does not move a board back.
      await store.markEdited([{ boardId: board.id, at: earlier }])
      const rows = await database.db
        .select({ id: boards.id, updatedAt: boards.updatedAt })
        .from(boards)
        .where(inArray(boards.id, [board.id, other.id]))
      const editedAt = new Map(rows.map((row) => [row.id, row.updatedAt.getTime()]))
      expect(editedAt.get(board.id)).toBe(later.getTime())
      expect(editedAt.get(other.id)).toBe(earlier.getTime())
      await database.close()
    })

    it('runs the statements a busy server repeats prepared: each connection parses them once', async () => {
      const { database, board } = await openWithBoard('Prepared')
      const store = new BoardLogStore(database.db)
      for (let run = 0; run < 3; run++) {
        await store.append([{ boardId: board.id, update: Y.encodeStateAsUpdate(new Y.Doc()) }])
        await store.markEdited([{ boardId: board.id, at: new Date() }])
        await store.load(board.id)
        await rolesOnBoards(database.db, [board.id])
      }
      // One connection ran them all (nothing ran beside them): its session holds what it prepared.
      const prepared = (await database.db.execute(
        sql`select statement from pg_prepared_statements`,
      )) as unknown as { statement: string }[]
      const preparedLike = (pattern: RegExp) =>
        prepared.filter(({ statement }) => pattern.test(statement)).length
      expect(preparedLike(/insert into "board_updates"/)).toBe(1)
      expect(preparedLike(/update "boards" set updated_at/)).toBe(1)
      expect(preparedLike(/with log as/)).toBe(1)
      expect(preparedLike(/from "boards" left join "board_members"/)).toBe(1)
      await database.close()
    })

    it('an unknown board loads as null', async () => {
      const database = await openDatabase({
        databaseUrl: testDatabase.databaseUrl,
        dataDir: testDatabase.dataDir,
      })
      expect(await new BoardLogStore(database.db).load('nosuchboard00000')).toBeNull()
      await database.close()
    })
  })
}
