import { afterEach, describe, expect, it } from 'vitest'
import { anonymousBallotIds } from '@/server/sync/anonymous-votes'
import * as Y from 'yjs'
import { RelayExtension, type BoardRelay } from '@/server/cluster/relay-extension'
import type { RelayMessage } from '@/server/cluster/relay-message'
import { ParticipantGuard } from '@/server/sync/participant-guard'
import { Rooms } from '@/server/sync/rooms'
import { MemoryStorage } from '@/server/sync/storage/memory-storage'
import { holdsPendingState } from '@/server/sync/update-dependencies'
import { editUpdate, RecordingConnection, updateMessage } from '../helpers/room-messages'

type Listener = (message: RelayMessage) => void

/**
 * Pub/sub between instances in this process, delivering on a later turn of the event loop
 * as Redis would, with what every instance published.
 */
class RelayHub {
  readonly published: RelayMessage[] = []
  private readonly subscribers = new Map<string, Map<string, Listener>>()

  relayOf(instanceId: string): BoardRelay {
    return {
      instanceId,
      join: async (boardId, listener) => {
        const listeners = this.subscribers.get(boardId) ?? new Map<string, Listener>()
        this.subscribers.set(boardId, listeners.set(instanceId, listener))
      },
      leave: async (boardId) => void this.subscribers.get(boardId)?.delete(instanceId),
      publish: (boardId, message) => this.publish(boardId, message),
      onReconnect: () => () => {},
    }
  }

  publish(boardId: string, message: RelayMessage): void {
    this.published.push(message)
    setImmediate(() => {
      for (const [instanceId, listener] of this.subscribers.get(boardId) ?? []) {
        if (instanceId === message.sender) continue
        if (message.kind === 'sync-reply' && message.target !== instanceId) continue
        listener(message)
      }
    })
  }
}

/** A storage whose loads wait until let through. */
class SlowStorage extends MemoryStorage {
  private held: Promise<void> | null = null
  private letThrough = () => {}

  holdLoads(): void {
    this.held = new Promise((resolve) => (this.letThrough = resolve))
  }

  letLoadsThrough(): void {
    this.letThrough()
  }

  override async load(boardId: string): Promise<Uint8Array[] | null> {
    await this.held
    return super.load(boardId)
  }
}

const extensions: RelayExtension[] = []
afterEach(() => {
  for (const extension of extensions.splice(0)) extension.close()
})

/** One instance: its own rooms and storage (holding an empty board), linked through the hub. */
function instance(hub: RelayHub, instanceId: string) {
  const storage = new SlowStorage()
  storage.create('board')
  const relay = new RelayExtension(hub.relayOf(instanceId), storage)
  extensions.push(relay)
  const rooms = new Rooms({
    storage,
    guardFor: (doc) => new ParticipantGuard(doc),
    extensions: [relay],
    anonymousBallotIds: anonymousBallotIds(new Uint8Array(32)),
  })
  return { rooms, storage }
}

function storedShapes(storage: MemoryStorage): string[] {
  const doc = new Y.Doc()
  for (const update of storage.stored('board') ?? []) Y.applyUpdate(doc, update)
  return [...doc.getMap('shapes').keys()].sort()
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe('the relay as a room extension', () => {
  it('applies what arrives while a board loads as soon as it is loaded, then asks for the rest', async () => {
    const hub = new RelayHub()
    const a = instance(hub, 'a')
    const b = instance(hub, 'b')
    const roomA = (await a.rooms.acquire('board'))!
    b.storage.holdLoads()
    const loadingB = b.rooms.acquire('board')
    await nextTurn()
    const client = new RecordingConnection()
    roomA.join(client)
    roomA.receive(client, updateMessage(editUpdate('while-b-loads')))
    await nextTurn()
    b.storage.letLoadsThrough()
    const roomB = (await loadingB)!
    // Before any reply to its sync request could arrive, the early update is in.
    expect(roomB.doc.getMap('shapes').get('while-b-loads')).toBe(true)
    const requests = hub.published.filter((message) => message.kind === 'sync-request')
    expect(requests.map((message) => message.sender)).toEqual(['a', 'b'])
  })

  it("announces its clients' updates as written only once its storage has them", async () => {
    const hub = new RelayHub()
    const a = instance(hub, 'a')
    const room = (await a.rooms.acquire('board'))!
    const announced: { sequence: number; stored: string[] }[] = []
    const publish = hub.publish.bind(hub)
    hub.publish = (boardId, message) => {
      if (message.kind === 'written') {
        announced.push({ sequence: message.sequence, stored: storedShapes(a.storage) })
      }
      publish(boardId, message)
    }
    const client = new RecordingConnection()
    room.join(client)
    room.receive(client, updateMessage(editUpdate('one')))
    room.receive(client, updateMessage(editUpdate('two')))
    const updates = hub.published.filter((message) => message.kind === 'update')
    expect(updates.map((message) => message.kind === 'update' && message.sequence)).toEqual([1, 2])
    expect(announced).toEqual([])
    await a.storage.afterWritten()
    await nextTurn()
    // Both were written in one batch: each announcement comes after it.
    expect(announced).toEqual([
      { sequence: 1, stored: ['one', 'two'] },
      { sequence: 2, stored: ['one', 'two'] },
    ])
  })

  it('writes an unconfirmed update of another instance as the board leaves memory, not a confirmed one', async () => {
    const hub = new RelayHub()
    const b = instance(hub, 'b')
    const room = (await b.rooms.acquire('board'))!
    const relayed = (key: string, sequence: number) =>
      hub.publish('board', { kind: 'update', sender: 'a', update: editUpdate(key), sequence })
    relayed('confirmed', 1)
    relayed('unconfirmed', 2)
    hub.publish('board', { kind: 'written', sender: 'a', sequence: 1 })
    await nextTurn()
    expect([...room.doc.getMap('shapes').keys()].sort()).toEqual(['confirmed', 'unconfirmed'])
    expect(storedShapes(b.storage)).toEqual([])
    b.rooms.release(room)
    await b.rooms.whenUnloaded()
    expect(storedShapes(b.storage)).toEqual(['unconfirmed'])
  })

  it('holds an update that arrives before what it builds on outside the doc, and applies both in order', async () => {
    const hub = new RelayHub()
    const b = instance(hub, 'b')
    const room = (await b.rooms.acquire('board'))!
    const [first, second] = twoEditsOfOneClient()
    hub.publish('board', { kind: 'update', sender: 'a', update: second, sequence: 2 })
    await nextTurn()
    expect(holdsPendingState(room.doc)).toBe(false)
    expect(room.doc.getMap('shapes').has('second')).toBe(false)
    hub.publish('board', { kind: 'update', sender: 'a', update: first, sequence: 1 })
    await nextTurn()
    expect([...room.doc.getMap('shapes').keys()].sort()).toEqual(['first', 'second'])
    expect(holdsPendingState(room.doc)).toBe(false)
  })

  it('fetches from the other instances what an early update builds on when it does not come', async () => {
    const hub = new RelayHub()
    const a = instance(hub, 'a')
    const b = instance(hub, 'b')
    const roomA = (await a.rooms.acquire('board'))!
    const roomB = (await b.rooms.acquire('board'))!
    // Their sync requests at load and the answers are done.
    for (let turn = 0; turn < 5; turn++) await nextTurn()
    // The relay loses a's first update on its way to b.
    const publish = hub.publish.bind(hub)
    let lost = false
    hub.publish = (boardId, message) => {
      if (message.kind === 'update' && message.sender === 'a' && !lost) {
        lost = true
        hub.published.push(message)
        return
      }
      publish(boardId, message)
    }
    const client = new RecordingConnection()
    roomA.join(client)
    for (const update of twoEditsOfOneClient()) roomA.receive(client, updateMessage(update))
    await nextTurn()
    await nextTurn()
    await nextTurn()
    expect([...roomB.doc.getMap('shapes').keys()].sort()).toEqual(['first', 'second'])
    expect(holdsPendingState(roomB.doc)).toBe(false)
  })
})

/** Two updates of one client, the second building on the first. */
function twoEditsOfOneClient(): [Uint8Array, Uint8Array] {
  const doc = new Y.Doc()
  doc.getMap('shapes').set('first', true)
  const first = Y.encodeStateAsUpdate(doc)
  const afterFirst = Y.encodeStateVector(doc)
  doc.getMap('shapes').set('second', true)
  return [first, Y.encodeStateAsUpdate(doc, afterFirst)]
}
