import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { closeCodes } from '@/lib/sync/close-codes'
import { messageTypes } from '@/lib/sync/protocol'
import {
  closeClient,
  closeOf,
  connectClient,
  createTestBoard,
  eventually,
  openRawSocket,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'
import type { Room } from '@/server/sync/room'

/** A sync step 1 with an empty state vector: "send me the whole board". */
function wholeBoardRequest(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.sync)
  syncProtocol.writeSyncStep1(encoder, new Y.Doc())
  return encoding.toUint8Array(encoder)
}

const queuedMemory = () => process.memoryUsage().arrayBuffers

/**
 * A viewer whose socket never reads, asking for the whole board over and over, next to
 * people working on the board: the server keeps its memory, and the others their pace.
 */
describe('a stalled reader', () => {
  let server: TestServer
  let boardId: string
  let held: Room

  beforeAll(async () => {
    server = await startTestServer()
    boardId = await createTestBoard(server, 'Big board')
    // 3,000 records of a kilobyte, written as the server would write them; the room stays
    // in memory meanwhile (loading 3 MB is not what this is about).
    held = (await server.rooms.acquire(boardId))!
    const records = held.doc.getMap<Y.Map<unknown>>('tl_records')
    held.doc.transact(() => {
      for (let i = 0; i < 3000; i++) {
        const record = new Y.Map<unknown>()
        record.set('id', `shape:${i}`)
        record.set('text', `${i} ${'x'.repeat(1000)}`)
        records.set(`shape:${i}`, record)
      }
    })
  }, 120_000)
  afterAll(async () => {
    server.rooms.release(held)
    await server.stop()
  }, 120_000)

  it('is answered once, then closed with 4509, while the others keep their pace', async () => {
    const writer = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    const reader = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
    await Promise.all([whenSynced(writer.provider), whenSynced(reader.provider)])
    const room = held
    const memoryBefore = queuedMemory()

    const token = await tokenFor(boardId, 'viewer')
    const stalled = await openRawSocket(`${server.syncUrl}/${boardId}?token=${token}`)
    stalled.pause()
    const closed = closeOf(stalled)
    const request = wholeBoardRequest()
    for (let i = 0; i < 300; i++) stalled.send(request)
    await eventually(() => room.connectionCount === 3, 'the stalled reader in the room')

    // An edit reaches the other participant while the requests are served (answering each
    // of them, as before, kept the server busy for many seconds).
    const sentAt = performance.now()
    writer.doc.getMap('shapes').set('during', 1)
    await eventually(() => reader.doc.getMap('shapes').has('during'), 'the edit at the reader')
    const latencyMs = performance.now() - sentAt
    console.info(`edit-to-peer latency during the attack: ${latencyMs.toFixed(0)} ms`)
    expect(latencyMs).toBeLessThan(2000)

    // Others' presence keeps coming; what waits for the stalled reader stays bounded.
    let peakMemory = 0
    for (let i = 0; i < 60 && room.connectionCount === 3; i++) {
      writer.provider.awareness.setLocalStateField('note', `${i} ${'y'.repeat(500_000)}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
      peakMemory = Math.max(peakMemory, queuedMemory() - memoryBefore)
    }
    await eventually(() => room.connectionCount === 2, 'the stalled reader let go', 10_000)
    console.info(`buffers held at the peak: ${(peakMemory / 2 ** 20).toFixed(0)} MiB`)
    expect(peakMemory).toBeLessThan(80 * 2 ** 20)
    stalled.resume()
    const { code, reason } = await closed
    expect(code).toBe(closeCodes.tooFarBehind)
    expect(reason).toContain('reads too slowly')

    // The others are still connected and in step.
    writer.doc.getMap('shapes').set('after', 1)
    await eventually(() => reader.doc.getMap('shapes').has('after'), 'a later edit at the reader')
    closeClient(writer)
    closeClient(reader)
  }, 120_000)
})
