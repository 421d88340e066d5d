import * as Y from 'yjs'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { RelayMessage } from '../cluster/relay-message'
import { UnconfirmedUpdates } from '../cluster/unconfirmed-updates'
import { Room } from './room'
import type { BoardLogStore } from './board-log-store'
import type { UpdateLogWriter } from './update-log-writer'
import type { CompactionScheduler } from './compaction-scheduler'
import type { ModelKeeper } from '../model/model-keeper'

/** The link to other instances serving the same boards (Redis when REDIS_URL is set). */
export interface BoardRelay {
  readonly instanceId: string
  join(boardId: string, listener: (message: RelayMessage) => void): Promise<void>
  leave(boardId: string): Promise<void>
  publish(boardId: string, message: RelayMessage): void
  onReconnect(listener: () => void): () => void
}

interface Dependencies {
  store: BoardLogStore
  writer: UpdateLogWriter
  compaction: CompactionScheduler
  relay?: BoardRelay
  /** Keeps each board's shared model up to date with its doc. */
  models?: Pick<ModelKeeper, 'changed' | 'flush'>
  /** Called as a board leaves memory after its clients changed it: the end of a session. */
  onSessionEnd?(boardId: string, state: Uint8Array): void
  /** Called when a participant's change broke a facilitation rule and was undone. */
  onRefusedChange?(boardId: string, userId: string, reason: string): void
}

/**
 * How long a relayed update may wait for its sender's "written" before this instance
 * writes it itself, the sender presumed dead. Senders write within ~50 ms.
 */
const unconfirmedTimeoutMs = 3000

/**
 * The rooms this process holds in memory. A room is loaded from the database before
 * anyone gets it, and leaves memory once nobody holds it and its updates are written.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room | null>>()
  private readonly holders = new Map<Room, number>()
  private readonly unloading = new Set<Promise<void>>()
  /** Relay messages for boards still loading: applied once the room exists. */
  private readonly early = new Map<string, RelayMessage[]>()
  /** Other instances' updates not yet confirmed written by them. */
  private readonly unconfirmed = new UnconfirmedUpdates()
  /** Sequence of the last update of our own clients relayed to other instances. */
  private relayedSequence = 0
  /** Per board, the highest relayed sequence not yet confirmed to the others. */
  private unannounced = new Map<string, number>()
  private announcing = false
  private readonly overdueTimer: NodeJS.Timeout | null = null

  constructor(private readonly deps: Dependencies) {
    // Back from a relay outage: every open board asks the others for what it missed.
    deps.relay?.onReconnect(() => {
      for (const room of this.rooms.values()) this.requestSync(room)
    })
    if (deps.relay) {
      this.overdueTimer = setInterval(
        () => this.writeUnconfirmed(this.unconfirmed.takeOverdue(Date.now(), unconfirmedTimeoutMs)),
        unconfirmedTimeoutMs / 3,
      )
      this.overdueTimer.unref()
    }
  }

  /** Stops the watch over unconfirmed updates, writing what is still held. */
  close(): void {
    if (this.overdueTimer) clearInterval(this.overdueTimer)
    this.writeUnconfirmed(this.unconfirmed.takeOverdue(Infinity, 0))
  }

  get size(): number {
    return this.rooms.size
  }

  /** The room of a board if this process has it in memory, without holding it. */
  loaded(boardId: string): Room | null {
    return this.rooms.get(boardId) ?? null
  }

  /**
   * Loads (or finds) the room of a board and holds it for the caller, who must call
   * `release` once. Resolves to null when the board does not exist.
   */
  async acquire(boardId: string): Promise<Room | null> {
    const room = this.rooms.get(boardId) ?? (await this.load(boardId))
    if (room) this.holders.set(room, (this.holders.get(room) ?? 0) + 1)
    return room
  }

  /** Lets go of a room; the last release writes its pending updates and unloads it. */
  release(room: Room): void {
    const holders = (this.holders.get(room) ?? 0) - 1
    if (holders > 0) {
      this.holders.set(room, holders)
      return
    }
    this.holders.delete(room)
    // Nobody here will hear the senders' confirmations once the board leaves memory.
    for (const update of this.unconfirmed.takeBoard(room.boardId)) {
      this.deps.writer.append(room.boardId, update)
    }
    const unload = this.deps.writer.whenWritten().then(() => {
      this.unloading.delete(unload)
      // Someone may have come back while the log was being written.
      if (this.holders.has(room) || this.rooms.get(room.boardId) !== room) return
      this.rooms.delete(room.boardId)
      this.deps.models?.flush(room.boardId)
      if (room.edited) this.deps.onSessionEnd?.(room.boardId, Y.encodeStateAsUpdate(room.doc))
      room.destroy()
      void this.deps.relay?.leave(room.boardId)
      this.deps.compaction.finish(room.boardId)
    })
    this.unloading.add(unload)
  }

  /** Resolves once every released room has been written and unloaded. */
  async whenUnloaded(): Promise<void> {
    while (this.unloading.size > 0) await Promise.all([...this.unloading])
  }

  private async loadRoom(boardId: string): Promise<Room | null> {
    const { relay } = this.deps
    // Subscribe before reading the database, so no update falls between the two.
    if (relay) {
      this.early.set(boardId, [])
      await relay.join(boardId, (message) => this.receiveFromRelay(boardId, message))
    }
    const stored = await this.deps.store.load(boardId).catch(async (error: unknown) => {
      await relay?.leave(boardId)
      throw error
    })
    if (!stored) {
      await relay?.leave(boardId)
      return null
    }
    const room = new Room(boardId, {
      onUpdate: (update) => {
        this.deps.writer.append(boardId, update)
        if (relay) {
          const sequence = ++this.relayedSequence
          relay.publish(boardId, { kind: 'update', sender: relay.instanceId, update, sequence })
          this.announceWhenWritten(boardId, sequence)
        }
      },
      onAwareness: relay
        ? (update) =>
            relay.publish(boardId, { kind: 'awareness', sender: relay.instanceId, update })
        : undefined,
      onRefusedChange: (connection, reason) =>
        this.deps.onRefusedChange?.(boardId, connection.userId, reason),
    })
    room.load(stored.updates)
    const { models } = this.deps
    // Every change counts, whichever instance's client made it: each keeps its copy current.
    if (models) room.doc.on('update', () => models.changed(boardId, room.doc))
    this.rooms.set(boardId, room)
    for (const message of this.early.get(boardId) ?? []) this.applyRelayed(room, message)
    this.deps.compaction.noteLogRows(boardId, stored.logLength)
    // Other instances may hold edits their clients made that are not in the database yet.
    this.requestSync(room)
    return room
  }

  private receiveFromRelay(boardId: string, message: RelayMessage): void {
    const room = this.rooms.get(boardId)
    if (room) this.applyRelayed(room, message)
    else this.early.get(boardId)?.push(message)
  }

  private applyRelayed(room: Room, message: RelayMessage): void {
    const relay = this.deps.relay
    if (!relay) return
    switch (message.kind) {
      case 'update':
        room.applyRemoteUpdate(message.update)
        if (message.sequence > 0) {
          const { sender, sequence, update } = message
          this.unconfirmed.hold(room.boardId, sender, sequence, update, Date.now())
        }
        return
      case 'written':
        return this.unconfirmed.confirm(room.boardId, message.sender, message.sequence)
      case 'awareness':
        return room.applyRemoteAwareness(message.update)
      case 'sync-request': {
        relay.publish(room.boardId, {
          kind: 'sync-reply',
          sender: relay.instanceId,
          target: message.sender,
          update: Y.encodeStateAsUpdate(room.doc, message.stateVector),
          stateVector: Y.encodeStateVector(room.doc),
        })
        const present = [...room.awareness.getStates().keys()]
        if (present.length > 0) {
          relay.publish(room.boardId, {
            kind: 'awareness',
            sender: relay.instanceId,
            update: encodeAwarenessUpdate(room.awareness, present),
          })
        }
        return
      }
      case 'sync-reply': {
        room.applyRemoteUpdate(message.update)
        // And the other way: what the replier lacks goes out as an ordinary update.
        const missing = Y.encodeStateAsUpdate(room.doc, message.stateVector)
        if (!isEmptyUpdate(missing)) {
          relay.publish(room.boardId, {
            kind: 'update',
            sender: relay.instanceId,
            update: missing,
            sequence: 0,
          })
        }
      }
    }
  }

  /** Tells the other instances, once written, that our updates up to `sequence` are stored. */
  private announceWhenWritten(boardId: string, sequence: number): void {
    this.unannounced.set(boardId, sequence)
    if (!this.announcing) this.announceNextBatch()
  }

  private announceNextBatch(): void {
    // The wait covers everything queued before it; later updates go in the next batch.
    const batch = this.unannounced
    this.unannounced = new Map()
    this.announcing = true
    void this.deps.writer.afterWritten().then(() => {
      const relay = this.deps.relay
      for (const [boardId, sequence] of batch) {
        relay?.publish(boardId, { kind: 'written', sender: relay.instanceId, sequence })
      }
      if (this.unannounced.size > 0) this.announceNextBatch()
      else this.announcing = false
    })
  }

  private writeUnconfirmed(updates: { boardId: string; update: Uint8Array }[]): void {
    for (const { boardId, update } of updates) this.deps.writer.append(boardId, update)
  }

  private requestSync(room: Room): void {
    const relay = this.deps.relay
    relay?.publish(room.boardId, {
      kind: 'sync-request',
      sender: relay.instanceId,
      stateVector: Y.encodeStateVector(room.doc),
    })
  }

  private load(boardId: string): Promise<Room | null> {
    const inFlight = this.loading.get(boardId)
    if (inFlight) return inFlight
    const loaded = this.loadRoom(boardId).finally(() => {
      this.loading.delete(boardId)
      this.early.delete(boardId)
    })
    this.loading.set(boardId, loaded)
    return loaded
  }
}

/** An update with no structs and no deletions (what a diff against an equal state is). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2
}
