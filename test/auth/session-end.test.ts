// Sessions end: a session cookie captured before signing out, or before removal from a board, no longer works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encode, type JWT } from 'next-auth/jwt'
import { GET as listBoards } from '@/app/api/boards/route'
import { DELETE as removeMemberRoute } from '@/app/api/boards/[boardId]/members/[userId]/route'
import { installAppContext } from '@/lib/app-context'
import { authOptions } from '@/lib/auth/auth-options'
import { sessionSecret } from '@/lib/auth/session'
import { createGuest, localUser, type SignedInUser } from '@/lib/auth/users'
import { createBoard } from '@/lib/boards/board-store'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { readEnv } from '@/lib/env'
import { createInvite } from '@/lib/sharing/invite-store'
import { joinByInvite } from '@/lib/sharing/invite-join'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { testSigningSecret } from '../helpers/server'
import { ownerRequest, signInTestOwner, testOwnerId } from '../helpers/test-owner'

let testDatabase: TestDatabase
let database: DatabaseConnection
let options: ReturnType<typeof authOptions>

beforeAll(async () => {
  testDatabase = await createTestDatabase('pglite')
  database = await openDatabase({ dataDir: testDatabase.dataDir })
  const context = { database, signingSecret: testSigningSecret }
  installAppContext(context)
  options = authOptions(context, readEnv({ NODE_ENV: 'test' }), { info: () => {} })
  await signInTestOwner(database.db)
})
afterAll(async () => {
  await database.close()
  await testDatabase.drop()
})

/** The JWT and the cookie next-auth makes when `user` signs in (its jwt callback, then encode). */
async function signIn(user: SignedInUser): Promise<{ token: JWT; cookie: string }> {
  const token = await options.callbacks!.jwt!({
    token: { sub: user.id, name: user.name },
    user: { id: user.id, name: user.name },
    account: null,
    trigger: 'signIn',
  })
  const value = await encode({ token, secret: sessionSecret(testSigningSecret) })
  return { token, cookie: `next-auth.session-token=${value}` }
}

function boardListWith(cookie: string) {
  return listBoards(new Request('http://localhost/api/boards', { headers: { cookie } }))
}

describe('ending sessions', () => {
  it('a cookie captured before signing out is refused after it, by the API and by next-auth', async () => {
    const session = await signIn(await localUser(database.db, 'Ada'))
    expect((await boardListWith(session.cookie)).status).toBe(200)
    // What next-auth calls when the browser posts /api/auth/signout.
    await options.events!.signOut!({ token: session.token, session: undefined as never })
    expect((await boardListWith(session.cookie)).status).toBe(401)
    // next-auth's /api/auth/session runs the jwt callback: a throw clears the cookie.
    await expect(options.callbacks!.jwt!({ token: session.token } as never)).rejects.toThrow(
      'this session has ended',
    )
  })

  it('signing in again gives a cookie that works', async () => {
    const ada = await localUser(database.db, 'Ada')
    const again = await signIn(ada)
    expect((await boardListWith(again.cookie)).status).toBe(200)
  })

  it('a member removed from a board is signed out: their cookie no longer works anywhere', async () => {
    const board = await createBoard(database.db, { title: 'Workshop', kind: 'cube' }, testOwnerId)
    const { secret } = await createInvite(database.db, {
      boardId: board.id,
      role: 'editor',
      createdBy: testOwnerId,
      expiresAt: null,
    })
    const joined = await joinByInvite(database.db, secret, () => createGuest(database.db, 'Bo'))
    if (!joined.ok) throw new Error(joined.reason)
    const guest = await signIn(joined.user)
    const stayer = await signIn(await localUser(database.db, 'Cy'))
    expect((await boardListWith(guest.cookie)).status).toBe(200)

    const removal = await removeMemberRoute(
      ownerRequest(`http://localhost/api/boards/${board.id}/members/${joined.user.id}`, {
        method: 'DELETE',
      }),
      { params: Promise.resolve({ boardId: board.id, userId: joined.user.id }) },
    )
    expect(removal.status).toBe(204)
    expect((await boardListWith(guest.cookie)).status).toBe(401)
    expect((await boardListWith(stayer.cookie)).status).toBe(200)
  })
})
