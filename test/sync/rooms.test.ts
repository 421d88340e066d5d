import { describe, expect, it } from 'vitest'
import { anonymousBallotIds } from '@/server/sync/anonymous-votes'
import * as Y from 'yjs'
import type { Actor } from '@/lib/facilitation/session-rules'
import type { RoomExtension } from '@/server/sync/extensions'
import { ParticipantGuard } from '@/server/sync/participant-guard'
import type { Room, RoomGuard } from '@/server/sync/room'
import { Rooms, type RoomsOptions } from '@/server/sync/rooms'
import { MemoryStorage } from '@/server/sync/storage/memory-storage'
import {
  awarenessMessage,
  editUpdate,
  RecordingConnection,
  updateMessage,
} from '../helpers/room-messages'

/** The memory storage, noting what the rooms ask of it, with flushes that can be held back. */
class WatchedStorage extends MemoryStorage {
  loadFailure: Error | null = null
  private heldFlush: Promise<void> | null = null
  private releaseFlush = () => {}

  constructor(private readonly events: string[]) {
    super()
  }

  /** Flushes wait until `letFlushesThrough`. */
  holdFlushes(): void {
    this.heldFlush = new Promise((resolve) => (this.releaseFlush = resolve))
  }

  letFlushesThrough(): void {
    this.releaseFlush()
    this.heldFlush = null
  }

  override async load(boardId: string): Promise<Uint8Array[] | null> {
    this.events.push(`storage load ${boardId}`)
    if (this.loadFailure) throw this.loadFailure
    return super.load(boardId)
  }

  override async flush(): Promise<void> {
    this.events.push('storage flush')
    await this.heldFlush
    await super.flush()
    this.events.push('storage flushed')
  }

  override unload(boardId: string): void {
    this.events.push(`storage unload ${boardId}`)
    super.unload(boardId)
  }
}

/** An extension that notes every hook, with what was stored at the time of `unloaded`. */
function watchingExtension(events: string[], storage: MemoryStorage): RoomExtension {
  return {
    beforeLoad: async (boardId) => void events.push(`beforeLoad ${boardId}`),
    loadFailed: async (boardId) => void events.push(`loadFailed ${boardId}`),
    loaded: (room) => events.push(`loaded ${room.boardId} ${shapesOf(room).join(',')}`),
    changed: (room, _update, origin) => events.push(`changed ${origin}`),
    awarenessChanged: (room) => events.push(`awareness ${room.boardId}`),
    beforeUnload: (room) => events.push(`beforeUnload ${room.boardId}`),
    unloaded: (room) => {
      const stored = storage.stored(room.boardId)?.length
      events.push(`unloaded ${room.boardId}, ${stored} stored, ${storage.queuedCount} queued`)
    },
  }
}

function shapesOf(room: Room): string[] {
  return [...room.doc.getMap('shapes').keys()].sort()
}

function newRooms(options: Partial<RoomsOptions> = {}) {
  const events: string[] = []
  const storage = new WatchedStorage(events)
  const rooms = new Rooms({
    storage,
    guardFor: (doc) => new ParticipantGuard(doc),
    extensions: [watchingExtension(events, storage)],
    anonymousBallotIds: anonymousBallotIds(new Uint8Array(32)),
    ...options,
  })
  return { rooms, storage, events }
}

describe('Rooms', () => {
  it('loads a board from storage before handing out its room, once for concurrent callers', async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board', [editUpdate('stored')])
    const [first, second] = await Promise.all([rooms.acquire('board'), rooms.acquire('board')])
    expect(first).not.toBeNull()
    expect(second).toBe(first)
    expect(shapesOf(first!)).toEqual(['stored'])
    expect(rooms.loaded('board')).toBe(first)
    expect(rooms.size).toBe(1)
    // Extensions prepare before the read and see the stored state once it is in memory.
    expect(events).toEqual(['beforeLoad board', 'storage load board', 'loaded board stored'])
    // Loading the stored state is not a change: nothing is appended again.
    expect(storage.queuedCount).toBe(0)
  })

  it('resolves an unknown board to null, keeps nothing and lets extensions undo', async () => {
    const { rooms, events } = newRooms()
    expect(await rooms.acquire('missing')).toBeNull()
    expect(rooms.size).toBe(0)
    expect(events).toEqual(['beforeLoad missing', 'storage load missing', 'loadFailed missing'])
  })

  it('passes on a failed read, lets extensions undo, and reads again on the next acquire', async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board')
    storage.loadFailure = new Error('database is down')
    await expect(rooms.acquire('board')).rejects.toThrow('database is down')
    expect(events).toEqual(['beforeLoad board', 'storage load board', 'loadFailed board'])
    storage.loadFailure = null
    expect(await rooms.acquire('board')).not.toBeNull()
    expect(rooms.size).toBe(1)
  })

  it('stores what a joined client sends and hands it to the others and to extensions', async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board')
    const room = (await rooms.acquire('board'))!
    const sender = new RecordingConnection()
    const other = new RecordingConnection()
    room.join(sender)
    room.join(other)
    const before = other.received.length
    room.receive(sender, updateMessage(editUpdate('cube')))
    expect(other.received.length).toBe(before + 1)
    expect(events.at(-1)).toBe('changed local')
    expect(room.edited).toBe(true)
    await storage.afterWritten()
    const stored = new Y.Doc()
    for (const update of storage.stored('board')!) Y.applyUpdate(stored, update)
    expect(stored.getMap('shapes').get('cube')).toBe(true)
  })

  it('hands an update from another instance to extensions as relayed, without storing it', async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board')
    const room = (await rooms.acquire('board'))!
    room.applyRemoteUpdate(editUpdate('elsewhere'))
    expect(events.at(-1)).toBe('changed relayed')
    expect(storage.queuedCount).toBe(0)
    await storage.afterWritten()
    expect(storage.stored('board')).toEqual([])
    expect(room.edited).toBe(false)
  })

  it("hands this instance's clients' awareness to extensions", async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board')
    const room = (await rooms.acquire('board'))!
    const connection = new RecordingConnection()
    room.join(connection)
    room.receive(connection, awarenessMessage(new Y.Doc(), { user: { name: 'Ada' } }))
    expect(events.at(-1)).toBe('awareness board')
  })

  it('unloads a room on its last release only after its updates are stored', async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board')
    const room = (await rooms.acquire('board'))!
    expect(await rooms.acquire('board')).toBe(room)
    const connection = new RecordingConnection()
    room.join(connection)
    room.receive(connection, updateMessage(editUpdate('cube')))
    room.leave(connection)
    rooms.release(room)
    await rooms.whenUnloaded()
    expect(rooms.loaded('board')).toBe(room)

    events.length = 0
    rooms.release(room)
    await rooms.whenUnloaded()
    expect(events).toEqual([
      'beforeUnload board',
      'storage flush',
      'storage flushed',
      'unloaded board, 1 stored, 0 queued',
      'storage unload board',
    ])
    expect(rooms.loaded('board')).toBeNull()
    expect(storage.open.has('board')).toBe(false)
    expect(room.doc.isDestroyed).toBe(true)
  })

  it('keeps a room that someone acquires again while its updates are being stored', async () => {
    const { rooms, storage, events } = newRooms()
    storage.create('board')
    const room = (await rooms.acquire('board'))!
    storage.holdFlushes()
    rooms.release(room)
    expect(await rooms.acquire('board')).toBe(room)
    storage.letFlushesThrough()
    await rooms.whenUnloaded()
    expect(rooms.loaded('board')).toBe(room)
    expect(events.filter((event) => event.startsWith('unloaded'))).toEqual([])

    rooms.release(room)
    await rooms.whenUnloaded()
    expect(rooms.loaded('board')).toBeNull()
  })

  it('loads a fresh room, from what was stored, after an unload', async () => {
    const { rooms, storage } = newRooms()
    storage.create('board')
    const first = (await rooms.acquire('board'))!
    const connection = new RecordingConnection()
    first.join(connection)
    first.receive(connection, updateMessage(editUpdate('kept')))
    rooms.release(first)
    await rooms.whenUnloaded()
    const second = (await rooms.acquire('board'))!
    expect(second).not.toBe(first)
    expect(shapesOf(second)).toEqual(['kept'])
  })

  it("builds each room's guard from the factory, reports what it refuses, and destroys it", async () => {
    const guards: { doc: Y.Doc; destroyed: boolean }[] = []
    const judged: Actor[] = []
    const refused: string[] = []
    const { rooms, storage, events } = newRooms({
      guardFor: (doc): RoomGuard => {
        const guard = { doc, destroyed: false }
        guards.push(guard)
        return {
          apply: (update, origin, actor) => {
            judged.push(actor)
            if (!actor.facilitates) return { ok: false, reason: 'the frame is locked' }
            Y.applyUpdate(doc, update, origin)
            return { ok: true }
          },
          destroy: () => {
            guard.destroyed = true
          },
        }
      },
      onRefusedChange: (boardId, userId, reason) => refused.push(`${boardId} ${userId}: ${reason}`),
    })
    storage.create('a')
    storage.create('b')
    const roomA = (await rooms.acquire('a'))!
    const roomB = (await rooms.acquire('b'))!
    expect(guards.map((guard) => guard.doc)).toEqual([roomA.doc, roomB.doc])

    const participant = new RecordingConnection('editor', 'ada')
    roomA.join(participant)
    events.length = 0
    roomA.receive(participant, updateMessage(editUpdate('sneaky')))
    expect(judged).toEqual([{ userId: 'ada', facilitates: false }])
    expect(refused).toEqual(['a ada: the frame is locked'])
    expect(events).toEqual([])
    expect(storage.queuedCount).toBe(0)

    // A facilitator's update goes through the guard too, as one who facilitates.
    const facilitator = new RecordingConnection('facilitator', 'bo')
    roomA.join(facilitator)
    roomA.receive(facilitator, updateMessage(editUpdate('frame')))
    expect(judged.at(-1)).toEqual({ userId: 'bo', facilitates: true })
    expect(shapesOf(roomA)).toEqual(['frame'])

    rooms.release(roomA)
    await rooms.whenUnloaded()
    expect(guards.map((guard) => guard.destroyed)).toEqual([true, false])
  })
})
