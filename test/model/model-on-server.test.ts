import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { newCubeItem } from '@/lib/shapes'
import { GET as getModel } from '@/app/api/boards/[boardId]/model/route'
import { GET as getExport } from '@/app/api/boards/[boardId]/model/[file]/route'
import { GET as getAnalysis } from '@/app/api/boards/[boardId]/model/analysis/route'
import { GET as search } from '@/app/api/search/route'
import { POST as createBoardRoute } from '@/app/api/boards/route'
import { appContext } from '@/lib/app-context'
import { BoardModelStore } from '@/lib/boards/model-store'
import { boardModelSchema } from '@/lib/model'
import { boards as boardsTable } from '@/lib/db/schema'
import { eq } from 'drizzle-orm'
import { createTestBoard, eventually, startTestServer, type TestServer } from '../helpers/server'
import { ownerRequest, signInTestOwner } from '../helpers/test-owner'
import { joinBoard, leaveBoard } from '../helpers/participants'
import { batchChangesPerManualFrame, cubeShape, endFrame } from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
  await signInTestOwner(server.database.db)
})
afterAll(() => server.stop())

function requestModel(boardId: string) {
  return getModel(ownerRequest(`http://localhost/api/boards/${boardId}/model`), {
    params: Promise.resolve({ boardId }),
  })
}

function requestAnalysis(boardId: string, query = '') {
  return getAnalysis(
    ownerRequest(`http://localhost/api/boards/${boardId}/model/analysis${query}`),
    { params: Promise.resolve({ boardId }) },
  )
}

function postBoard(body: unknown) {
  return createBoardRoute(
    ownerRequest('http://localhost/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
}

async function searchFor(q: string) {
  const response = await search(
    ownerRequest(`http://localhost/api/search?q=${encodeURIComponent(q)}`),
  )
  return (await response.json()).results as { board: { id: string } }[]
}

/** Two cubes serving each other: Credit Risk relies on Payments' payout and the other way round. */
const twoCubeModel = {
  version: 2,
  departments: [
    { id: 'risk', name: 'Risk', cubeIds: ['shape:credit'] },
    { id: 'payments', name: 'Payments', cubeIds: ['shape:pay'] },
  ],
  cubes: [
    { id: 'shape:credit', title: 'Credit Risk', departmentId: 'risk' },
    { id: 'shape:pay', title: 'Payouts', departmentId: 'payments' },
  ],
  items: [
    {
      id: 'cube_item:score',
      cubeId: 'shape:credit',
      face: 'front-stage',
      kind: 'service',
      text: 'Scoring',
      terms: '',
      processId: null,
      order: 0,
    },
    {
      id: 'cube_item:grant',
      cubeId: 'shape:credit',
      face: 'back-stage',
      kind: 'process',
      text: 'Granting',
      terms: '',
      processId: null,
      order: 0,
    },
    {
      id: 'cube_item:payout',
      cubeId: 'shape:credit',
      face: 'back-stage',
      kind: 'process-step',
      text: 'Pay out',
      terms: '',
      processId: 'cube_item:grant',
      order: 0,
    },
    {
      id: 'cube_item:send',
      cubeId: 'shape:pay',
      face: 'front-stage',
      kind: 'service',
      text: 'Send money',
      terms: '',
      processId: null,
      order: 0,
    },
    {
      id: 'cube_item:settle',
      cubeId: 'shape:pay',
      face: 'back-stage',
      kind: 'process',
      text: 'Settling',
      terms: '',
      processId: null,
      order: 0,
    },
    {
      id: 'cube_item:check',
      cubeId: 'shape:pay',
      face: 'back-stage',
      kind: 'process-step',
      text: 'Check risk',
      terms: '',
      processId: 'cube_item:settle',
      order: 0,
    },
  ],
  serviceLinks: [
    {
      id: 'shape:l1',
      serviceId: 'cube_item:send',
      stepId: 'cube_item:payout',
      providerCubeId: 'shape:pay',
      consumerCubeId: 'shape:credit',
      label: '',
    },
    {
      id: 'shape:l2',
      serviceId: 'cube_item:score',
      stepId: 'cube_item:check',
      providerCubeId: 'shape:credit',
      consumerCubeId: 'shape:pay',
      label: '',
    },
  ],
}

describe('the shared model kept on the server', () => {
  it('is derived from the doc shortly after an edit, without any browser, and served as JSON', async () => {
    const boardId = await createTestBoard(server)
    const ada = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape(undefined, { title: 'Credit Risk', department: 'Risk Department' })
    ada.store.put([cube])
    ada.store.put([newCubeItem(ada.store, { cubeId: cube.id, kind: 'service', text: 'KYC' })])
    endFrame(ada.store)
    const store = new BoardModelStore(server.database.db)
    await eventually(
      async () => (await store.find(boardId))?.model.items.length === 1,
      'model stored',
      20_000,
    )
    const response = await requestModel(boardId)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({
      version: 2,
      board: { id: boardId, title: 'Test board' },
      departments: [{ name: 'Risk Department', cubeIds: [cube.id] }],
      cubes: [{ id: cube.id, title: 'Credit Risk' }],
      items: [{ cubeId: cube.id, kind: 'service', text: 'KYC', order: 0 }],
    })
    expect(Date.parse(body.derivedAt)).not.toBeNaN()
    leaveBoard(ada)
  })

  it('is derived from the saved log when the board changed after the stored model', async () => {
    const boardId = await createTestBoard(server)
    const ada = await joinBoard(server.syncUrl, boardId)
    ada.store.put([cubeShape(undefined, { title: 'Payments', department: 'Payment Department' })])
    endFrame(ada.store)
    leaveBoard(ada)
    await eventually(() => server.rooms.size === 0, 'room unloaded', 10_000)
    // As if the model had been derived long before the last edit (e.g. a crash in between).
    const store = new BoardModelStore(server.database.db)
    await server.database.db.execute('delete from board_models')
    const body = await (await requestModel(boardId)).json()
    expect(body.cubes.map((c: { title: string }) => c.title)).toEqual(['Payments'])
    expect((await store.find(boardId))?.model.cubes).toHaveLength(1)
  })

  it('offers the model as downloads: CSV tables, a Mermaid graph and JSON', async () => {
    const boardId = await createTestBoard(server, 'Mortgage network, 2nd "draft"')
    const ada = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape(undefined, { title: 'Home Loan', department: 'Retail Sales' })
    ada.store.put([cube])
    ada.store.put([newCubeItem(ada.store, { cubeId: cube.id, kind: 'channel', text: 'App' })])
    endFrame(ada.store)
    leaveBoard(ada)
    await eventually(() => server.rooms.size === 0, 'room unloaded', 10_000)
    const download = (file: string) =>
      getExport(ownerRequest(`http://localhost/api/boards/${boardId}/model/${file}`), {
        params: Promise.resolve({ boardId, file }),
      })
    const items = await download('items.csv')
    expect(items.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(items.headers.get('content-disposition')).toBe(
      `attachment; filename="Mortgage-network-2nd-draft-items.csv"; filename*=UTF-8''Mortgage-network-2nd-draft-items.csv`,
    )
    expect((await items.text()).split('\r\n')).toEqual([
      'item_id,cube_id,cube_title,face,kind,text,terms,process_id,order',
      expect.stringMatching(
        new RegExp(`^cube_item:.*,${cube.id},Home Loan,experience,channel,App,,,0$`),
      ),
      '',
    ])
    expect(await (await download('network.mmd')).text()).toContain('cube1["Home Loan"]')
    expect(await (await download('model.json')).json()).toMatchObject({ version: 2 })
    const unknown = await download('secrets.txt')
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error).toMatch(
      /no export named secrets.txt; there are: model.json/,
    )
  })

  it('names downloads after boards with any title, in ASCII and in UTF-8', async () => {
    const boardId = await createTestBoard(server, 'Försäljning ✓ 2026')
    const response = await getExport(ownerRequest('http://localhost/'), {
      params: Promise.resolve({ boardId, file: 'cubes.csv' }),
    })
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="F_rs_ljning-2026-cubes.csv"; filename*=UTF-8''F%C3%B6rs%C3%A4ljning-2026-cubes.csv`,
    )
  })

  it('finds saved boards by what their models name, through /api/search', async () => {
    const boardId = await createTestBoard(server, 'Search me')
    const ada = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape(undefined, { title: 'Customer Lifecycle Management', department: 'CLM' })
    ada.store.put([cube])
    ada.store.put([
      newCubeItem(ada.store, { cubeId: cube.id, kind: 'service', text: 'Know Your Customer' }),
    ])
    endFrame(ada.store)
    leaveBoard(ada)
    const find = async (q: string) =>
      (await search(ownerRequest(`http://localhost/api/search?q=${encodeURIComponent(q)}`))).json()
    await eventually(async () => (await find('your customer')).results.length > 0, 'found', 20_000)
    const { results } = await find('your customer')
    expect(results).toEqual([
      {
        board: expect.objectContaining({ id: boardId, title: 'Search me' }),
        matches: [expect.objectContaining({ kind: 'item', text: 'Know Your Customer' })],
      },
    ])
    expect((await find('nothing like this')).results).toEqual([])
    const blank = await search(ownerRequest('http://localhost/api/search?q=%20'))
    expect(blank.status).toBe(400)
    expect(await blank.json()).toEqual({ error: 'add a search: /api/search?q=<words>' })
  })

  it('builds a new board from an exported model: the same model comes back', async () => {
    const boardId = await createTestBoard(server, 'Original')
    const ada = await joinBoard(server.syncUrl, boardId)
    const cube = cubeShape(undefined, { title: 'Credit Risk', department: 'Risk Department' })
    const other = cubeShape(undefined, { title: 'Payments', department: 'Payment Department' })
    ada.store.put([cube, other])
    const process = newCubeItem(ada.store, { cubeId: cube.id, kind: 'process', text: 'Granting' })
    ada.store.put([process])
    for (const text of ['KYC', 'Scoring', 'Decision']) {
      ada.store.put([
        newCubeItem(ada.store, {
          cubeId: cube.id,
          kind: 'process-step',
          text,
          processId: process.id,
        }),
      ])
    }
    ada.store.put([
      newCubeItem(ada.store, {
        cubeId: other.id,
        kind: 'service',
        text: 'Pay out',
        terms: 'same day',
      }),
    ])
    endFrame(ada.store)
    leaveBoard(ada)
    await eventually(() => server.rooms.size === 0, 'room unloaded', 10_000)
    const exported = await (await requestModel(boardId)).json()

    const response = await createBoardRoute(
      ownerRequest('http://localhost/api/boards', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Imported', model: exported }),
      }),
    )
    expect(response.status).toBe(201)
    const imported = (await response.json()).id as string
    const reimported = await (await requestModel(imported)).json()
    // What identifies the export (board and time) is not part of the model.
    const canonical = (body: Record<string, unknown>) => ({ ...body, board: null, derivedAt: null })
    expect(canonical(reimported)).toEqual(canonical(exported))

    // And it opens in a participant's store as a real board.
    const bo = await joinBoard(server.syncUrl, imported)
    expect(bo.store.get(cube.id)).toMatchObject({ type: 'cube', props: { title: 'Credit Risk' } })
    expect(bo.store.query.records('cube_item').get()).toHaveLength(5)
    leaveBoard(bo)
  })

  it('refuses an import that is not a model, saying what is wrong', async () => {
    const post = (body: unknown) =>
      createBoardRoute(
        ownerRequest('http://localhost/api/boards', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      )
    const wrongVersion = await post({
      title: 'x',
      model: { version: 9, departments: [], cubes: [], items: [], serviceLinks: [] },
    })
    expect(wrongVersion.status).toBe(400)
    expect((await wrongVersion.json()).error).toMatch(/model.version: version must be 2 \(or 1/)
    const orphan = await post({
      title: 'x',
      model: {
        version: 1,
        departments: [],
        cubes: [],
        items: [
          {
            id: 'cube_item:a',
            cubeId: 'shape:none',
            face: 'front-stage',
            kind: 'service',
            text: 'x',
            terms: '',
            processId: null,
            order: 0,
          },
        ],
        serviceLinks: [],
      },
    })
    expect(orphan.status).toBe(400)
    expect((await orphan.json()).error).toMatch(
      /model.items.0.cubeId: no cube has the id "shape:none"/,
    )
    const misplaced = await post({
      title: 'x',
      model: {
        version: 1,
        departments: [{ id: 'd', name: 'D', cubeIds: ['shape:c'] }],
        cubes: [{ id: 'shape:c', title: 'C', departmentId: 'd' }],
        items: [
          {
            id: 'cube_item:a',
            cubeId: 'shape:c',
            face: 'experience',
            kind: 'service',
            text: 'x',
            terms: '',
            processId: null,
            order: 0,
          },
        ],
        serviceLinks: [],
      },
    })
    expect(misplaced.status).toBe(400)
    // Checked with every other rule of the file, before the board is built.
    expect((await misplaced.json()).error).toMatch(
      /model.items.0.face: a service goes on the front-stage face, not on the experience/,
    )
  })

  it('answers its analysis as JSON, with the impact of one service when asked', async () => {
    const created = await postBoard({ title: 'Two cubes', model: twoCubeModel })
    expect(created.status).toBe(201)
    const boardId = (await created.json()).id as string
    const response = await requestAnalysis(boardId)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    const analysis = await response.json()
    expect(analysis.board).toMatchObject({ id: boardId, title: 'Two cubes' })
    const [cycle] = analysis.cycles as string[][]
    expect(analysis.cycles).toHaveLength(1)
    expect([...cycle!].sort()).toEqual(['shape:credit', 'shape:pay'])
    expect(analysis.dependencies['shape:credit'].dependsOn).toEqual([
      { cubeId: 'shape:pay', distance: 1, path: ['shape:credit', 'shape:pay'] },
    ])
    expect(analysis.departments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Risk',
          provides: [{ departmentId: 'payments', links: ['shape:l2'] }],
          reliesOn: [{ departmentId: 'payments', links: ['shape:l1'] }],
        }),
      ]),
    )
    const impact = await (await requestAnalysis(boardId, '?impactOf=cube_item:send')).json()
    expect(impact.impact.cubes).toEqual(
      expect.arrayContaining([
        { cubeId: 'shape:credit', distance: 1, path: ['shape:pay', 'shape:credit'] },
      ]),
    )
    const unknown = await requestAnalysis(boardId, '?impactOf=shape:gone')
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error).toMatch(
      /no service, process, process step or cube on the board has the id "shape:gone"/,
    )
    const one = await (await requestAnalysis(boardId, '?cube=shape:pay')).json()
    expect(Object.keys(one.dependencies)).toEqual(['shape:pay'])
    expect(one.cycles).toEqual(analysis.cycles)
    expect((await requestAnalysis(boardId, '?cube=shape:gone')).status).toBe(404)
    const stranger = await requestAnalysis('nosuchboard00000')
    expect(stranger.status).toBe(404)
  })

  it('refuses an import with problems, listing each with its JSON path and rule', async () => {
    const broken = structuredClone(twoCubeModel)
    broken.serviceLinks.push({ ...broken.serviceLinks[0]!, id: 'shape:l3' })
    broken.items.push({ ...broken.items[0]!, id: 'shape:pay' })
    const response = await postBoard({ title: 'Broken', model: broken })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.error).toMatch(/^model\./)
    expect(body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '$.items[6].id', rule: expect.any(String) }),
        expect.objectContaining({ path: expect.stringMatching(/^\$\.serviceLinks\[2\]/) }),
      ]),
    )
    for (const problem of body.problems) expect(problem.message.length).toBeGreaterThan(0)
  })

  it('is found by search the moment a board is imported or made from a template', async () => {
    const imported = await postBoard({ title: 'Just imported', model: twoCubeModel })
    const importedId = (await imported.json()).id as string
    // No waiting: the model is stored before the board is answered.
    expect((await searchFor('check risk')).map((r) => r.board.id)).toContain(importedId)
    const templated = await postBoard({ title: 'From template', template: 'mortgage-loan-network' })
    expect(templated.status).toBe(201)
    const templatedId = (await templated.json()).id as string
    expect((await searchFor('loan disbursement')).map((r) => r.board.id)).toContain(templatedId)
  })

  it('reads, checks and searches model files in the model worker, not on the server thread', async () => {
    // A model file is megabytes: parsing and checking it here held every board's live sync.
    const checks = vi.spyOn(boardModelSchema, 'safeParse')
    const parse = vi.spyOn(JSON, 'parse')
    const parsedAModel = () =>
      parse.mock.calls.some(([text]) => typeof text === 'string' && text.includes('"departments"'))
    try {
      const imported = await postBoard({ title: 'Read in the worker', model: twoCubeModel })
      expect(imported.status).toBe(201)
      const broken = structuredClone(twoCubeModel)
      broken.items.push({ ...broken.items[0]!, id: 'shape:pay' })
      const refused = await postBoard({ title: 'Refused in the worker', model: broken })
      expect(refused.status).toBe(400)
      expect((await refused.json()).problems).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: '$.items[6].id' })]),
      )
      const found = await searchFor('check risk')
      expect(found.map((r) => r.board.id)).toContain((await imported.json()).id)
      expect(checks).not.toHaveBeenCalled()
      expect(parsedAModel()).toBe(false)
    } finally {
      checks.mockRestore()
      parse.mockRestore()
    }
  })

  it('works out an imported board’s analysis as it is stored, before anyone asks', async () => {
    const imported = await postBoard({ title: 'Analysed at once', model: twoCubeModel })
    const boardId = (await imported.json()).id as string
    const derivedAt = await new BoardModelStore(server.database.db).derivedAt(boardId)
    const { models } = await appContext()
    await expect.poll(() => models!.storedAnalysis(boardId, derivedAt!, {})).toBeDefined()
    const kept = JSON.parse(models!.storedAnalysis(boardId, derivedAt!, {})!)
    expect(kept.cycles).toHaveLength(1)
  })

  it('is read as stored after the save, not derived again', async () => {
    const boardId = await createTestBoard(server, 'Stored once')
    const ada = await joinBoard(server.syncUrl, boardId)
    ada.store.put([cubeShape(undefined, { title: 'Treasury', department: 'Finance' })])
    endFrame(ada.store)
    const store = new BoardModelStore(server.database.db)
    await eventually(
      async () => (await store.find(boardId))?.model.cubes.length === 1,
      'stored',
      20_000,
    )
    const [board] = await server.database.db
      .select({ updatedAt: boardsTable.updatedAt })
      .from(boardsTable)
      .where(eq(boardsTable.id, boardId))
    const stored = await store.find(boardId)
    // The edit's time is marked no later than the model derived after it.
    expect(stored!.derivedAt.getTime()).toBeGreaterThanOrEqual(board!.updatedAt.getTime())
    const served = await (await requestModel(boardId)).json()
    expect(served.derivedAt).toBe(stored!.derivedAt.toISOString())
    leaveBoard(ada)
  })

  it('answers 404 with a reason for an unknown board', async () => {
    const response = await requestModel('nosuchboard00000')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: 'board nosuchboard00000 does not exist or you have no access to it',
    })
  })
})
