import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as listVersions, POST as saveVersion } from '@/app/api/boards/[boardId]/versions/route'
import { POST as restoreVersion } from '@/app/api/boards/[boardId]/versions/[versionId]/restore/route'
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

function post(url: string, body?: unknown) {
  return ownerRequest(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

describe('versions through the HTTP API', () => {
  it('saves a named version and restores it for everyone connected, keeping the board as it was before', async () => {
    const boardId = await createTestBoard(server)
    const params = Promise.resolve({ boardId })
    const ada = await joinBoard(server.syncUrl, boardId)
    const kept = cubeShape(undefined, { title: 'Kept' })
    ada.store.put([kept])
    endFrame(ada.store)
    const serverHas = (id: string) =>
      server.rooms.loaded(boardId)?.doc.getMap('tl_records').has(id) ?? false
    await eventually(() => serverHas(kept.id), 'the first cube on the server')

    const saved = await saveVersion(post(`/api/boards/${boardId}/versions`, { name: ' v1 ' }), {
      params,
    })
    expect(saved.status).toBe(201)
    const version = await saved.json()
    expect(version).toMatchObject({ boardId, name: 'v1', automatic: false })

    const later = cubeShape(undefined, { title: 'Later' })
    ada.store.put([later])
    endFrame(ada.store)
    await eventually(() => serverHas(later.id), 'the second cube on the server')

    const restored = await restoreVersion(
      post(`/api/boards/${boardId}/versions/${version.id}/restore`),
      { params: Promise.resolve({ boardId, versionId: version.id }) },
    )
    expect(restored.status).toBe(200)
    const { before } = await restored.json()
    expect(before.name).toMatch(/^Before restoring “v1” \(/)
    await eventually(() => ada.store.get(later.id) === undefined, 'the restore reaches Ada')
    expect(ada.store.get(kept.id)).toMatchObject({ props: { title: 'Kept' } })

    const listed = await listVersions(
      ownerRequest(`http://localhost/api/boards/${boardId}/versions`),
      {
        params,
      },
    )
    expect((await listed.json()).map((v: { name: string }) => v.name)).toEqual([before.name, 'v1'])
    leaveBoard(ada)
  })

  it('refuses a version without a name (400), saying so', async () => {
    const boardId = await createTestBoard(server)
    const response = await saveVersion(post(`/api/boards/${boardId}/versions`, { name: '  ' }), {
      params: Promise.resolve({ boardId }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'name: name must not be empty' })
  })
})
