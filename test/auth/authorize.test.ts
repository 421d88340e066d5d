import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installAppContext } from '@/lib/app-context'
import { authorize, signInFirst } from '@/lib/auth/authorize'
import { createGuest, localUser, type SignedInUser } from '@/lib/auth/users'
import { createBoard, setBoardArchived } from '@/lib/boards/board-store'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { addMember } from '@/lib/sharing/member-store'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { testSigningSecret } from '../helpers/server'

let testDatabase: TestDatabase
let database: DatabaseConnection
let owner: SignedInUser
let editor: SignedInUser
let guest: SignedInUser
let stranger: SignedInUser
let boardId: string

beforeAll(async () => {
  testDatabase = await createTestDatabase('pglite')
  database = await openDatabase({ dataDir: testDatabase.dataDir })
  installAppContext({ database, signingSecret: testSigningSecret })
  const { db } = database
  owner = await localUser(db, 'Olga')
  editor = await localUser(db, 'Ed')
  guest = await createGuest(db, 'Gail')
  stranger = await localUser(db, 'Stan')
  boardId = (await createBoard(db, { title: 'Checked', kind: 'cube' }, owner.id)).id
  await addMember(db, boardId, editor.id, 'editor')
  await addMember(db, boardId, guest.id, 'viewer')
})
afterAll(async () => {
  await database.close()
  await testDatabase.drop()
})

describe('authorize', () => {
  it('refuses someone not signed in (401), on a board or not, saying how to sign in', async () => {
    expect(await authorize(null, 'view', boardId)).toEqual({
      ok: false,
      status: 401,
      error: signInFirst,
    })
    expect(await authorize(null, 'list-boards')).toMatchObject({ ok: false, status: 401 })
  })

  it('answers a non-member exactly as for a board that does not exist (404)', async () => {
    for (const id of [boardId, 'nosuchboard00000', '../../etc/passwd']) {
      expect(await authorize(stranger, 'view', id)).toEqual({
        ok: false,
        status: 404,
        error: `board ${id} does not exist or you have no access to it`,
      })
    }
  })

  it('refuses what a role does not allow (403), naming the role', async () => {
    expect(await authorize(editor, 'invite', boardId)).toEqual({
      ok: false,
      status: 403,
      error: 'as editor you cannot make or revoke invite links',
    })
    const granted = await authorize(editor, 'edit', boardId)
    expect(granted.ok && granted.value.access).toMatchObject({ role: 'editor', roomRole: 'editor' })
  })

  it('refuses guests what needs an account, in one wording, on a board or not', async () => {
    for (const [action, words] of [
      ['create-board', 'create boards'],
      ['make-api-key', 'make API keys'],
    ] as const) {
      expect(await authorize(guest, action)).toEqual({
        ok: false,
        status: 403,
        error: `guests cannot ${words}; sign in with an account`,
      })
    }
    expect(await authorize(guest, 'duplicate', boardId)).toEqual({
      ok: false,
      status: 403,
      error: 'guests cannot copy boards; sign in with an account',
    })
    expect((await authorize(guest, 'list-boards')).ok).toBe(true)
    expect((await authorize(editor, 'duplicate', boardId)).ok).toBe(true)
  })

  it('answers a guest who is not a member 404 before any rule about guests', async () => {
    const outsider = await createGuest(database.db, 'Otto')
    expect(await authorize(outsider, 'duplicate', boardId)).toMatchObject({ status: 404 })
  })

  it('keeps an archived board read-only for everyone, its owner included', async () => {
    const archived = (await createBoard(database.db, { title: 'Old', kind: 'cube' }, owner.id)).id
    await setBoardArchived(database.db, archived, true)
    expect(await authorize(owner, 'restore-version', archived)).toEqual({
      ok: false,
      status: 403,
      error: 'as owner you cannot restore versions (the board is archived)',
    })
    const renaming = await authorize(owner, 'rename', archived)
    expect(renaming.ok && renaming.value.access).toMatchObject({
      role: 'owner',
      roomRole: 'viewer',
    })
  })
})
