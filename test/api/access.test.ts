import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encode } from 'next-auth/jwt'
import { GET as listBoards, POST as createBoardRoute } from '@/app/api/boards/route'
import { POST as mintToken } from '@/app/api/boards/[boardId]/token/route'
import { GET as getModel } from '@/app/api/boards/[boardId]/model/route'
import { GET as getExport } from '@/app/api/boards/[boardId]/model/[file]/route'
import {
  GET as listInvites,
  POST as createInviteRoute,
} from '@/app/api/boards/[boardId]/invites/route'
import { DELETE as revokeInviteRoute } from '@/app/api/boards/[boardId]/invites/[inviteId]/route'
import { GET as listMembersRoute } from '@/app/api/boards/[boardId]/members/route'
import {
  DELETE as removeMemberRoute,
  PATCH as changeMemberRoute,
} from '@/app/api/boards/[boardId]/members/[userId]/route'
import {
  GET as listVersionsRoute,
  POST as saveVersionRoute,
} from '@/app/api/boards/[boardId]/versions/route'
import { POST as restoreRoute } from '@/app/api/boards/[boardId]/versions/[versionId]/restore/route'
import { GET as searchRoute } from '@/app/api/search/route'
import { DELETE as revokeKeyRoute } from '@/app/api/keys/[keyId]/route'
import { POST as createKeyRoute } from '@/app/api/keys/route'
import { createApiKey } from '@/lib/auth/api-key-store'
import { joinByInvite } from '@/lib/sharing/invite-join'
import { createGuest, localUser } from '@/lib/auth/users'
import { sessionSecret } from '@/lib/auth/session'
import { mintRoomToken } from '@/lib/auth/room-token'
import { closeCodes } from '@/lib/sync/close-codes'
import {
  closeOf,
  connectClient,
  closeClient,
  createTestBoard,
  openRawSocket,
  startTestServer,
  testSigningSecret,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'
import { signInTestOwner } from '../helpers/test-owner'

let server: TestServer
let ownerKey: string
let strangerKey: string
let boardId: string

beforeAll(async () => {
  server = await startTestServer({ accessCheckMs: 200 })
  ownerKey = await signInTestOwner(server.database.db)
  const stranger = await localUser(server.database.db, 'Stranger')
  strangerKey = (await createApiKey(server.database.db, stranger.id, 'probe')).key
  boardId = await createTestBoard(server, 'Private board')
})
afterAll(() => server.stop())

function call(
  url: string,
  key: string | null,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers = new Headers(init.headers)
  if (key) headers.set('authorization', `Bearer ${key}`)
  if (init.body !== undefined) headers.set('content-type', 'application/json')
  return new Request(`http://localhost${url}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) })

/** Every board route, called by `key` on `board` (a live invite id and version id are made up). */
function boardRoutes(board: string, key: string | null) {
  return {
    token: () =>
      mintToken(
        call(`/api/boards/${board}/token`, key, { method: 'POST', body: {} }),
        params({ boardId: board }),
      ),
    model: () => getModel(call(`/api/boards/${board}/model`, key), params({ boardId: board })),
    export: () =>
      getExport(
        call(`/api/boards/${board}/model/model.json`, key),
        params({ boardId: board, file: 'model.json' }),
      ),
    invites: () =>
      listInvites(call(`/api/boards/${board}/invites`, key), params({ boardId: board })),
    invite: () =>
      createInviteRoute(
        call(`/api/boards/${board}/invites`, key, { method: 'POST', body: { role: 'editor' } }),
        params({ boardId: board }),
      ),
    revokeInvite: () =>
      revokeInviteRoute(
        call(`/api/boards/${board}/invites/x`, key, { method: 'DELETE' }),
        params({ boardId: board, inviteId: 'x' }),
      ),
    members: () =>
      listMembersRoute(call(`/api/boards/${board}/members`, key), params({ boardId: board })),
    changeMember: () =>
      changeMemberRoute(
        call(`/api/boards/${board}/members/x`, key, { method: 'PATCH', body: { role: 'viewer' } }),
        params({ boardId: board, userId: 'x' }),
      ),
    removeMember: () =>
      removeMemberRoute(
        call(`/api/boards/${board}/members/x`, key, { method: 'DELETE' }),
        params({ boardId: board, userId: 'x' }),
      ),
    versions: () =>
      listVersionsRoute(call(`/api/boards/${board}/versions`, key), params({ boardId: board })),
    saveVersion: () =>
      saveVersionRoute(
        call(`/api/boards/${board}/versions`, key, { method: 'POST', body: { name: 'v' } }),
        params({ boardId: board }),
      ),
    restore: () =>
      restoreRoute(
        call(`/api/boards/${board}/versions/x/restore`, key, { method: 'POST' }),
        params({ boardId: board, versionId: 'x' }),
      ),
  }
}

describe('every route refuses', () => {
  it('callers with no session or key (401, saying how to sign in)', async () => {
    for (const [name, route] of Object.entries(boardRoutes(boardId, null))) {
      const response = await route()
      expect(response.status, name).toBe(401)
      expect((await response.json()).error, name).toMatch(/sign in first/)
    }
    expect((await listBoards(call('/api/boards', null))).status).toBe(401)
    expect(
      (await createBoardRoute(call('/api/boards', null, { method: 'POST', body: { title: 'x' } })))
        .status,
    ).toBe(401)
    expect((await searchRoute(call('/api/search?q=x', null))).status).toBe(401)
    expect(
      (await createKeyRoute(call('/api/keys', null, { method: 'POST', body: { name: 'k' } })))
        .status,
    ).toBe(401)
  })

  it('signed-in people who are not members, exactly as if the board did not exist (404)', async () => {
    for (const board of [boardId, 'guessedid0000000', '../../etc/passwd']) {
      for (const [name, route] of Object.entries(boardRoutes(board, strangerKey))) {
        const response = await route()
        expect(response.status, `${name} ${board}`).toBe(404)
        expect((await response.json()).error).toBe(
          `board ${board} does not exist or you have no access to it`,
        )
      }
    }
  })

  it('a wrong, forged or revoked API key (401)', async () => {
    const forged = boardRoutes(boardId, 'cbk_' + 'A'.repeat(43))
    expect((await forged.model()).status).toBe(401)
    expect((await boardRoutes(boardId, 'Basic abc').model()).status).toBe(401)
    const { apiKey, key } = await createApiKey(server.database.db, 'test-owner', 'short-lived')
    expect((await boardRoutes(boardId, key).model()).status).toBe(200)
    const revoked = await revokeKeyRoute(
      call(`/api/keys/${apiKey.id}`, ownerKey, { method: 'DELETE' }),
      params({ keyId: apiKey.id }),
    )
    expect(revoked.status).toBe(204)
    expect((await boardRoutes(boardId, key).model()).status).toBe(401)
  })

  it('a session cookie signed with another secret (401), while a real one works', async () => {
    const cookie = async (secret: string) =>
      `next-auth.session-token=${await encode({ token: { sub: 'test-owner' }, secret })}`
    const forged = call(`/api/boards/${boardId}/model`, null, {
      headers: { cookie: await cookie('another-secret-of-at-least-32-characters') },
    })
    expect((await getModel(forged, params({ boardId }))).status).toBe(401)
    const real = call(`/api/boards/${boardId}/model`, null, {
      headers: { cookie: await cookie(sessionSecret(testSigningSecret)) },
    })
    expect((await getModel(real, params({ boardId }))).status).toBe(200)
  })

  it('viewers and editors what their role does not allow (403, naming the role)', async () => {
    const db = server.database.db
    const invite = await (await boardRoutes(boardId, ownerKey).invite()).json()
    const viewerInvite = await (
      await createInviteRoute(
        call(`/api/boards/${boardId}/invites`, ownerKey, {
          method: 'POST',
          body: { role: 'viewer' },
        }),
        params({ boardId }),
      )
    ).json()
    const editor = await createGuest(db, 'Eddie')
    const viewer = await createGuest(db, 'Vic')
    await joinByInvite(db, invite.path.slice('/join/'.length), async () => editor)
    await joinByInvite(db, viewerInvite.path.slice('/join/'.length), async () => viewer)
    const editorKey = (await createApiKey(db, editor.id, 'e')).key
    const viewerKey = (await createApiKey(db, viewer.id, 'v')).key
    const asEditor = boardRoutes(boardId, editorKey)
    expect((await asEditor.model()).status).toBe(200)
    for (const name of [
      'invite',
      'invites',
      'changeMember',
      'removeMember',
      'saveVersion',
      'restore',
    ] as const) {
      const response = await asEditor[name]()
      expect(response.status, name).toBe(403)
      expect((await response.json()).error, name).toMatch(/^as editor you cannot/)
    }
    // A viewer's token says viewer, whatever role it asks for.
    const token = await mintToken(
      call(`/api/boards/${boardId}/token`, viewerKey, { method: 'POST', body: { role: 'owner' } }),
      params({ boardId }),
    )
    expect((await token.json()).role).toBe('viewer')
  })
})

describe('guests (in by an invite link, with no account)', () => {
  it('are refused what needs an account (403), in one wording', async () => {
    const guest = await createGuest(server.database.db, 'Gia')
    const guestKey = (await createApiKey(server.database.db, guest.id, 'g')).key
    const board = await createBoardRoute(
      call('/api/boards', guestKey, { method: 'POST', body: { title: 'Mine' } }),
    )
    expect(board.status).toBe(403)
    expect((await board.json()).error).toBe('guests cannot create boards; sign in with an account')
    const key = await createKeyRoute(
      call('/api/keys', guestKey, { method: 'POST', body: { name: 'k' } }),
    )
    expect(key.status).toBe(403)
    expect((await key.json()).error).toBe('guests cannot make API keys; sign in with an account')
  })
})

describe('invite links', () => {
  it('stop working once revoked or expired, and say so', async () => {
    const db = server.database.db
    const made = await (await boardRoutes(boardId, ownerKey).invite()).json()
    const secret = made.path.slice('/join/'.length)
    const revoke = await revokeInviteRoute(
      call(`/api/boards/${boardId}/invites/${made.invite.id}`, ownerKey, { method: 'DELETE' }),
      params({ boardId, inviteId: made.invite.id }),
    )
    expect(revoke.status).toBe(204)
    let guestsMade = 0
    const replay = await joinByInvite(db, secret, async () => {
      guestsMade++
      return createGuest(db, 'Mallory')
    })
    expect(replay).toEqual({ ok: false, reason: 'this invite link was revoked' })
    expect(guestsMade).toBe(0)
    const expiring = await (
      await createInviteRoute(
        call(`/api/boards/${boardId}/invites`, ownerKey, {
          method: 'POST',
          body: { role: 'editor', expiresInHours: 0.0001 },
        }),
        params({ boardId }),
      )
    ).json()
    await new Promise((resolve) => setTimeout(resolve, 500))
    const late = await joinByInvite(db, expiring.path.slice('/join/'.length), () =>
      createGuest(db, 'Late'),
    )
    expect(late).toEqual({ ok: false, reason: 'this invite link has expired' })
    expect(await joinByInvite(db, 'inv_guessed', () => createGuest(db, 'G'))).toEqual({
      ok: false,
      reason: 'this invite link does not exist',
    })
  })
})

describe('the sync endpoint', () => {
  async function memberToken(role: 'editor' | 'viewer') {
    const db = server.database.db
    const made = await (
      await createInviteRoute(
        call(`/api/boards/${boardId}/invites`, ownerKey, { method: 'POST', body: { role } }),
        params({ boardId }),
      )
    ).json()
    const guest = await createGuest(db, `Guest ${role}`)
    await joinByInvite(db, made.path.slice('/join/'.length), async () => guest)
    const { token } = await mintRoomToken({ boardId, role, userId: guest.id }, testSigningSecret)
    return { guest, token }
  }

  it('refuses a valid token of someone who is not a member (4403)', async () => {
    const { token } = await mintRoomToken(
      { boardId, role: 'editor', userId: 'nobody' },
      testSigningSecret,
    )
    const socket = await openRawSocket(`${server.syncUrl}/${boardId}?token=${token}`)
    expect(await closeOf(socket)).toEqual({
      code: closeCodes.forbidden,
      reason: 'you are not a member of this board',
    })
  })

  it('refuses an expired token (4401) and a token for another board (4403)', async () => {
    const expired = await tokenFor(boardId, 'editor', -1)
    const late = await openRawSocket(`${server.syncUrl}/${boardId}?token=${expired}`)
    expect(await closeOf(late)).toMatchObject({
      code: closeCodes.unauthorized,
      reason: 'room token expired; ask for a new one',
    })
    const other = await createTestBoard(server, 'Other')
    const wrong = await openRawSocket(`${server.syncUrl}/${boardId}?token=${await tokenFor(other)}`)
    expect(await closeOf(wrong)).toMatchObject({ code: closeCodes.forbidden })
  })

  it('never applies what a viewer sends', async () => {
    const { token } = await memberToken('viewer')
    const viewer = connectClient(server.syncUrl, boardId, token)
    await whenSynced(viewer.provider)
    viewer.doc.getMap('tl_records').set('shape:sneaky', 1)
    const owner = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await whenSynced(owner.provider)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(owner.doc.getMap('tl_records').has('shape:sneaky')).toBe(false)
    closeClient(viewer)
    closeClient(owner)
  })

  it('disconnects a member within seconds of being removed, and one whose role dropped', async () => {
    const removed = await memberToken('editor')
    const demoted = await memberToken('editor')
    const a = connectClient(server.syncUrl, boardId, removed.token)
    const b = connectClient(server.syncUrl, boardId, demoted.token)
    await whenSynced(a.provider)
    await whenSynced(b.provider)
    const closes = [
      new Promise<{ code: number; reason: string }>((resolve) =>
        a.provider.ws!.addEventListener('close', (event) =>
          resolve({ code: event.code, reason: event.reason }),
        ),
      ),
      new Promise<{ code: number; reason: string }>((resolve) =>
        b.provider.ws!.addEventListener('close', (event) =>
          resolve({ code: event.code, reason: event.reason }),
        ),
      ),
    ]
    // Changed straight in the database, as another instance would: the periodic check finds it.
    const removal = await removeMemberRoute(
      call(`/api/boards/${boardId}/members/${removed.guest.id}`, ownerKey, { method: 'DELETE' }),
      params({ boardId, userId: removed.guest.id }),
    )
    expect(removal.status).toBe(204)
    const demotion = await changeMemberRoute(
      call(`/api/boards/${boardId}/members/${demoted.guest.id}`, ownerKey, {
        method: 'PATCH',
        body: { role: 'viewer' },
      }),
      params({ boardId, userId: demoted.guest.id }),
    )
    expect(demotion.status).toBe(204)
    expect(await closes[0]).toEqual({
      code: closeCodes.forbidden,
      reason: 'you were removed from this board',
    })
    expect(await closes[1]).toEqual({
      code: closeCodes.forbidden,
      reason: 'your role on this board is now viewer; reload to continue',
    })
    closeClient(a)
    closeClient(b)
  })
})
