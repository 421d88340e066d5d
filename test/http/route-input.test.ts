// What routes take: bodies up to their cap (read no further), JSON only as application/json, next-auth's forms checked, odd text a 400 or 404, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NextRequest } from 'next/server'
import { POST as createBoardRoute } from '@/app/api/boards/route'
import { POST as mintToken } from '@/app/api/boards/[boardId]/token/route'
import { POST as saveVersionRoute } from '@/app/api/boards/[boardId]/versions/route'
import { POST as restoreRoute } from '@/app/api/boards/[boardId]/versions/[versionId]/restore/route'
import { DELETE as revokeInviteRoute } from '@/app/api/boards/[boardId]/invites/[inviteId]/route'
import { DELETE as removeMemberRoute } from '@/app/api/boards/[boardId]/members/[userId]/route'
import { POST as createKeyRoute } from '@/app/api/keys/route'
import { DELETE as revokeKeyRoute } from '@/app/api/keys/[keyId]/route'
import { installAppContext } from '@/lib/app-context'
import { checkedAuthRequest } from '@/lib/auth/auth-request'
import { createBoard } from '@/lib/boards/board-store'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { bodyCaps } from '@/lib/http/request-body'
import { boardSeeds } from '@/server/board-seeds'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { testSigningSecret } from '../helpers/server'
import { ownerRequest, signInTestOwner, testOwnerId } from '../helpers/test-owner'

let testDatabase: TestDatabase
let database: DatabaseConnection
let boardId: string

beforeAll(async () => {
  testDatabase = await createTestDatabase('pglite')
  database = await openDatabase({ dataDir: testDatabase.dataDir })
  installAppContext({ database, signingSecret: testSigningSecret, seeds: boardSeeds })
  await signInTestOwner(database.db)
  boardId = (await createBoard(database.db, { title: 'Board', kind: 'cube' }, testOwnerId)).id
})
afterAll(async () => {
  await database.close()
  await testDatabase.drop()
})

/** A body of `total` bytes made as it is read, 64 KiB at a time; `pulled` says how much was. */
function endlessBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const stream = {
    pulled: 0,
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (stream.pulled >= total) return controller.close()
        stream.pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
    }),
  }
  return stream
}

function streamed(url: string, contentType: string, body: ReadableStream<Uint8Array>) {
  return ownerRequest(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    duplex: 'half',
  } as RequestInit)
}

function json(url: string, body: unknown, method = 'POST') {
  return ownerRequest(`http://localhost${url}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) })

async function errorOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error
}

describe('body caps', () => {
  it('stop reading a body sent without a length as soon as it passes the cap, with a 413 naming it', async () => {
    const upload = endlessBody(200 * 1024 * 1024)
    const response = await createBoardRoute(
      streamed('/api/boards', 'application/json', upload.body),
    )
    expect(response.status).toBe(413)
    expect(await errorOf(response)).toBe("the request body is over this route's limit of 32 MiB")
    expect(upload.pulled).toBeLessThan(bodyCaps.boardWithModel + 256 * 1024)
  })

  it('give small routes a small cap', async () => {
    const upload = endlessBody(1024 * 1024)
    const response = await mintToken(
      streamed(`/api/boards/${boardId}/token`, 'application/json', upload.body),
      params({ boardId }),
    )
    expect(response.status).toBe(413)
    expect(await errorOf(response)).toContain('16 KiB')
    expect(upload.pulled).toBeLessThan(bodyCaps.form + 128 * 1024)
  })

  it('refuse a declared length over the cap without reading the body', async () => {
    const upload = endlessBody(1024 * 1024)
    const request = new Request('http://localhost/api/keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
      body: upload.body,
      duplex: 'half',
    } as RequestInit)
    const response = await createKeyRoute(request)
    expect(response.status).toBe(413)
    expect(upload.pulled).toBeLessThanOrEqual(64 * 1024)
  })
})

describe('JSON routes take application/json only', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])(
    'answer %s with a 415 (what a form on another site would send)',
    async (type) => {
      const request = ownerRequest('http://localhost/api/boards', {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"title":"from a form"}',
      })
      const response = await createBoardRoute(request)
      expect(response.status).toBe(415)
      expect(await errorOf(response)).toContain('application/json')
    },
  )

  it('take application/json with a charset', async () => {
    const request = ownerRequest('http://localhost/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"title":"typed"}',
    })
    expect((await createBoardRoute(request)).status).toBe(201)
  })
})

describe('odd text', () => {
  it.each([
    ['a NUL', 'Work\u0000shop'],
    ['half a surrogate pair', 'Work\ud800shop'],
  ])(
    'in a board title, a version name or a key name is a 400 that says so: %s',
    async (_what, text) => {
      const answers = [
        await createBoardRoute(json('/api/boards', { title: text })),
        await saveVersionRoute(
          json(`/api/boards/${boardId}/versions`, { name: text }),
          params({ boardId }),
        ),
        await createKeyRoute(json('/api/keys', { name: text })),
      ]
      for (const answer of answers) {
        expect(answer.status).toBe(400)
        expect(await errorOf(answer)).toContain(
          'holds a NUL character (U+0000) or half of a surrogate pair',
        )
      }
    },
  )

  it('in an id is a row that does not exist (404), never a database error', async () => {
    const odd = 'x\u0000y'
    const answers = [
      await revokeInviteRoute(
        ownerRequest(`http://localhost/api/boards/${boardId}/invites/x`, { method: 'DELETE' }),
        params({ boardId, inviteId: odd }),
      ),
      await restoreRoute(
        ownerRequest(`http://localhost/api/boards/${boardId}/versions/x/restore`, {
          method: 'POST',
        }),
        params({ boardId, versionId: odd }),
      ),
      await revokeKeyRoute(
        ownerRequest('http://localhost/api/keys/x', { method: 'DELETE' }),
        params({ keyId: odd }),
      ),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404])
    const removal = await removeMemberRoute(
      ownerRequest(`http://localhost/api/boards/${boardId}/members/x`, { method: 'DELETE' }),
      params({ boardId, userId: odd }),
    )
    expect(removal.status).toBe(400)
  })

  it('that is not UTF-8 is a 400', async () => {
    const request = ownerRequest('http://localhost/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
    })
    expect((await createBoardRoute(request)).status).toBe(400)
  })
})

describe("next-auth's endpoints", () => {
  function authRequest(path: string, body?: string | ReadableStream<Uint8Array>, type?: string) {
    return new NextRequest(`http://localhost${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: type ? { 'content-type': type } : {},
      body,
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1])
  }
  const form = 'application/x-www-form-urlencoded'

  it('cap an unauthenticated sign-in post at 16 KiB, reading no further', async () => {
    const upload = endlessBody(200 * 1024 * 1024)
    const checked = await checkedAuthRequest(
      authRequest('/api/auth/callback/local', upload.body, form),
    )
    expect(checked).toMatchObject({ ok: false, status: 413 })
    expect(upload.pulled).toBeLessThan(bodyCaps.form + 128 * 1024)
  })

  it.each([
    ['CR/LF', 'callbackUrl=%2F%0D%0ASet-Cookie%3A%20x%3Dy'],
    ['a tab', 'callbackUrl=%2F%09%2Fevil.example'],
    ['backslashes', 'callbackUrl=%5C%5Chost'],
  ])('refuse a callbackUrl with %s with a 400', async (_what, body) => {
    const checked = await checkedAuthRequest(authRequest('/api/auth/signin/email', body, form))
    expect(checked).toMatchObject({ ok: false, status: 400 })
    const inQuery = await checkedAuthRequest(authRequest(`/api/auth/signin?${body}`))
    expect(inQuery).toMatchObject({ ok: false, status: 400 })
  })

  it('refuse a NUL in a name or an address with a 400 naming the field', async () => {
    const checked = await checkedAuthRequest(
      authRequest('/api/auth/callback/local', 'csrfToken=t&name=a%00b', form),
    )
    expect(checked).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringContaining('name holds a NUL'),
    })
  })

  it('refuse a body that is not a form or JSON with a 415', async () => {
    const checked = await checkedAuthRequest(authRequest('/api/auth/signout', 'x', 'text/plain'))
    expect(checked).toMatchObject({ ok: false, status: 415 })
  })

  it('hand on a good form as it came', async () => {
    const checked = await checkedAuthRequest(
      authRequest('/api/auth/callback/local', 'csrfToken=t&name=Ada&callbackUrl=%2Fb%2Fx', form),
    )
    if (!checked.ok) throw new Error(checked.error)
    expect(await checked.value.text()).toBe('csrfToken=t&name=Ada&callbackUrl=%2Fb%2Fx')
  })
})
