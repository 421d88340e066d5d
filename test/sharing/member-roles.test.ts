import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { createBoard } from '@/lib/boards/board-store'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { boardMembers, boards, users } from '@/lib/db/schema'
import { addMember, rolesOnBoards } from '@/lib/sharing/member-store'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { testOwner } from '../helpers/test-owner'

describe('the roles the sync server checks open connections against', () => {
  let testDatabase: TestDatabase
  let database: DatabaseConnection

  beforeAll(async () => {
    testDatabase = await createTestDatabase('pglite')
    database = await openDatabase({ dataDir: testDatabase.dataDir })
  }, 60_000)
  afterAll(async () => {
    await database.close()
    await testDatabase.drop()
  })

  it('answers every member of each board, which are archived, and leaves out boards that do not exist', async () => {
    const { db } = database
    const owner = await testOwner(db)
    await db.insert(users).values({ id: 'guest', name: 'Guest', kind: 'local' })
    const shared = await createBoard(db, { title: 'Shared', kind: 'cube' }, owner)
    const archived = await createBoard(db, { title: 'Archived', kind: 'cube' }, owner)
    const memberless = await createBoard(db, { title: 'Nobody', kind: 'cube' }, owner)
    await addMember(db, shared.id, 'guest', 'viewer')
    await db.update(boards).set({ archivedAt: new Date() }).where(eq(boards.id, archived.id))
    await db.delete(boardMembers).where(eq(boardMembers.boardId, memberless.id))

    const { roles, archived: archivedIds } = await rolesOnBoards(db, [
      shared.id,
      archived.id,
      memberless.id,
      'no-such-board',
    ])
    expect(Object.fromEntries(roles.get(shared.id)!)).toEqual({ [owner]: 'owner', guest: 'viewer' })
    expect(Object.fromEntries(roles.get(archived.id)!)).toEqual({ [owner]: 'owner' })
    expect(roles.get(memberless.id)?.size).toBe(0)
    expect(roles.has('no-such-board')).toBe(false)
    expect([...archivedIds]).toEqual([archived.id])
    expect((await rolesOnBoards(db, [])).roles.size).toBe(0)
  })
})
