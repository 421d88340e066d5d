import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { encodeOnlyLocalUpdates } from '@/lib/sync/local-updates-only'
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

/** A provider as y-websocket makes one: its 'update' listener sends what is not its own. */
function fakeProvider() {
  const doc = new Y.Doc()
  const provider = { doc, _updateHandler: vi.fn() }
  doc.on('update', provider._updateHandler)
  return provider
}

function updateFromPeer(write: (doc: Y.Doc) => void): Uint8Array {
  const peer = new Y.Doc()
  write(peer)
  return Y.encodeStateAsUpdate(peer)
}

describe('encoding only local updates', () => {
  it('a received update is not encoded for the provider; a local one is, in full', () => {
    const provider = fakeProvider()
    encodeOnlyLocalUpdates(provider)
    Y.applyUpdate(
      provider.doc,
      updateFromPeer((doc) => doc.getMap('records').set('a', 1)),
      provider,
    )
    expect(provider._updateHandler).not.toHaveBeenCalled()

    provider.doc.getMap('records').set('b', 2)
    expect(provider._updateHandler).toHaveBeenCalledTimes(1)
    const [update, origin] = provider._updateHandler.mock.calls[0]!
    expect(origin).not.toBe(provider)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, update)
    expect(copy.getMap('records').get('b')).toBe(2)
  })

  it('a local change made while a received update is observed is still sent', () => {
    const provider = fakeProvider()
    encodeOnlyLocalUpdates(provider)
    const records = provider.doc.getMap('records')
    records.observe((_event, transaction) => {
      if (transaction.origin === provider) records.set('answer', 'local')
    })
    Y.applyUpdate(
      provider.doc,
      updateFromPeer((doc) => doc.getMap('records').set('a', 1)),
      provider,
    )
    expect(provider._updateHandler).toHaveBeenCalledTimes(1)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, provider._updateHandler.mock.calls[0]![0])
    expect(copy.getMap('records').toJSON()).toEqual({ answer: 'local' })
  })

  it('other update listeners still get every update, and stopping restores the provider', () => {
    const provider = fakeProvider()
    const other = vi.fn()
    provider.doc.on('update', other)
    const stop = encodeOnlyLocalUpdates(provider)
    const received = updateFromPeer((doc) => doc.getMap('records').set('a', 1))
    Y.applyUpdate(provider.doc, received, provider)
    expect(other).toHaveBeenCalledTimes(1)
    expect(provider._updateHandler).not.toHaveBeenCalled()

    stop()
    Y.applyUpdate(
      provider.doc,
      updateFromPeer((doc) => doc.getMap('records').set('c', 3)),
      provider,
    )
    expect(provider._updateHandler).toHaveBeenCalledTimes(1)
  })
})

describe('two stock clients, one encoding only its local updates', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('still send and receive every edit, and converge', async () => {
    const boardId = await createTestBoard(server)
    const ada = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    const bo = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    const stop = encodeOnlyLocalUpdates(ada.provider)
    try {
      await Promise.all([whenSynced(ada.provider), whenSynced(bo.provider)])
      for (let i = 0; i < 50; i++) {
        ada.doc.getMap('shapes').set(`ada${i}`, i)
        bo.doc.getMap('shapes').set(`bo${i}`, i)
        await new Promise((resolve) => setTimeout(resolve, i % 10 === 0 ? 5 : 0))
      }
      await eventually(
        () => ada.doc.getMap('shapes').size === 100 && bo.doc.getMap('shapes').size === 100,
        'all shapes on both',
      )
      expect(Y.encodeStateVector(ada.doc)).toEqual(Y.encodeStateVector(bo.doc))
    } finally {
      stop()
      closeClient(ada)
      closeClient(bo)
    }
  })
})
