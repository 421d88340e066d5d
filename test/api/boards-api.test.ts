import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { sessionMapName } from '@/lib/facilitation/session-state'
import { docLayout } from '@/lib/sync/record-layout'
import { cubeNetworkKind } from '@/lib/kinds/cube-network/kind'
import { touchpointTypeName } from '@/lib/model'
import { templateRecords } from '@/lib/templates'
import { installAppContext } from '@/lib/app-context'
import { boardSeeds } from '@/server/board-seeds'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import { openDatabase, type DatabaseConnection } from '@/lib/db/client'
import { verifyRoomToken } from '@/lib/auth/room-token'
import { GET as health } from '@/app/api/health/route'
import { GET as listBoards, POST as createBoard } from '@/app/api/boards/route'
import { POST as mintToken } from '@/app/api/boards/[boardId]/token/route'
import { createTestDatabase, type TestDatabase } from '../helpers/databases'
import { testSigningSecret } from '../helpers/server'
import { seededBoard } from '../helpers/seeded-board'
import { ownerRequest, signInTestOwner, testOwnerId } from '../helpers/test-owner'

let testDatabase: TestDatabase
let database: DatabaseConnection

beforeAll(async () => {
  testDatabase = await createTestDatabase('pglite')
  database = await openDatabase({ dataDir: testDatabase.dataDir })
  installAppContext({ database, signingSecret: testSigningSecret, seeds: boardSeeds })
  await signInTestOwner(database.db)
})
afterAll(async () => {
  await database.close()
  await testDatabase.drop()
})

function jsonRequest(url: string, body: unknown) {
  return ownerRequest(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

function tokenRequest(boardId: string, body: unknown) {
  return mintToken(jsonRequest(`/api/boards/${boardId}/token`, body), {
    params: Promise.resolve({ boardId }),
  })
}

describe('GET /api/health', () => {
  it('answers 200 when the database answers', async () => {
    const response = await health()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' })
  })
})

describe('/api/boards', () => {
  it('creates a board (201 with its id) and lists it', async () => {
    const response = await createBoard(
      jsonRequest('/api/boards', { title: '  Mortgage loan network ' }),
    )
    expect(response.status).toBe(201)
    const created = await response.json()
    expect(created.id).toMatch(/^[a-z0-9]{16}$/)
    expect(created.title).toBe('Mortgage loan network')
    const list = await (await listBoards(ownerRequest('http://localhost/api/boards'))).json()
    expect(list.boards.map((board: { id: string }) => board.id)).toContain(created.id)
  })

  it('creates a board from a template, which sets its kind and holds its first state', async () => {
    const response = await createBoard(
      jsonRequest('/api/boards', {
        title: 'Workshop 1',
        kind: 'value-zone',
        template: 'mortgage-loan-network',
      }),
    )
    expect(response.status).toBe(201)
    const created = await response.json()
    expect(created.kind).toBe('cube')
    const stored = await new BoardLogStore(database.db).load(created.id)
    expect(stored?.logLength).toBe(1)
    const blank = await (
      await createBoard(jsonRequest('/api/boards', { title: 'Empty', template: 'blank-cube' }))
    ).json()
    // A blank board has no shapes, only its suggested session agenda.
    const blankState = await new BoardLogStore(database.db).load(blank.id)
    const doc = new Y.Doc()
    for (const update of blankState!.updates) Y.applyUpdate(doc, update)
    const records = [...doc.getMap<Y.Map<unknown>>(docLayout.records).values()]
    expect(records.filter((record) => record.get('typeName') === 'shape')).toEqual([])
    const agenda = doc.getMap(sessionMapName).get('agenda') as { title: string }[]
    expect(agenda.map((step) => step.title)).toEqual(
      cubeNetworkKind.agenda.map((step) => step.title),
    )
  })

  it('creates an experience map board from its template, and another from that model', async () => {
    const fromTemplate = await (
      await createBoard(
        jsonRequest('/api/boards', { title: 'Home loan', template: 'home-loan-journey' }),
      )
    ).json()
    expect(fromTemplate.kind).toBe('journey')
    const touchpointsOf = async (boardId: string) => {
      const state = await new BoardLogStore(database.db).load(boardId)
      const doc = new Y.Doc()
      for (const update of state!.updates) Y.applyUpdate(doc, update)
      return [...doc.getMap<Y.Map<unknown>>(docLayout.records).values()].filter(
        (record) => record.get('typeName') === touchpointTypeName,
      ).length
    }
    expect(await touchpointsOf(fromTemplate.id)).toBe(23)
    const { model } = seededBoard(templateRecords['home-loan-journey']())
    const response = await createBoard(
      jsonRequest('/api/boards', { title: 'Imported', kind: 'journey', model }),
    )
    expect(response.status).toBe(201)
    const imported = await response.json()
    expect(imported.kind).toBe('journey')
    expect(await touchpointsOf(imported.id)).toBe(23)
  })

  it.each([
    ['not JSON', '{"title":', 'request body must be JSON'],
    ['no title', {}, 'title: title is required'],
    ['an empty title', { title: '   ' }, 'title: title must not be empty'],
    ['an unknown kind', { title: 'x', kind: 'mindmap' }, 'kind:'],
    [
      'an unknown template',
      { title: 'x', template: 'swot' },
      'template: template must be one of: blank-cube, mortgage-loan-network, persona-value-zone, blank-value-zone, blank-journey, home-loan-journey',
    ],
  ])('refuses %s with 400 and a message', async (_name, body, message) => {
    const response = await createBoard(jsonRequest('/api/boards', body))
    expect(response.status).toBe(400)
    expect((await response.json()).error).toContain(message)
  })
})

describe('POST /api/boards/<id>/token', () => {
  it('mints a token for that board and role', async () => {
    const { id } = await (await createBoard(jsonRequest('/api/boards', { title: 'Tokens' }))).json()
    const response = await tokenRequest(id, { role: 'viewer' })
    expect(response.status).toBe(200)
    const { token } = await response.json()
    expect(await verifyRoomToken(token, testSigningSecret)).toEqual({
      boardId: id,
      role: 'viewer',
      userId: testOwnerId,
    })
  })

  it('answers 404 for an unknown board', async () => {
    const response = await tokenRequest('nosuchboard00000', { role: 'editor' })
    expect(response.status).toBe(404)
    expect((await response.json()).error).toBe(
      'board nosuchboard00000 does not exist or you have no access to it',
    )
  })

  it('answers 400 for an unknown role', async () => {
    const { id } = await (await createBoard(jsonRequest('/api/boards', { title: 'Roles' }))).json()
    const response = await tokenRequest(id, { role: 'admin' })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toContain(
      'role must be one of: owner, facilitator, editor, viewer',
    )
  })
})
