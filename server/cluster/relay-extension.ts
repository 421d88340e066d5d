// The link between instances serving the same boards, as a room extension (loaded, changed, unloaded).
import * as Y from 'yjs'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { RoomExtension } from '../sync/extensions'
import type { ChangeOrigin, Room } from '../sync/room'
import type { BoardStorage } from '../sync/storage/board-storage'
import type { RelayMessage } from './relay-message'
import { UnconfirmedUpdates } from './unconfirmed-updates'

/** The link to other instances serving the same boards (Redis when REDIS_URL is set). */
export interface BoardRelay {
  readonly instanceId: string
  join(boardId: string, listener: (message: RelayMessage) => void): Promise<void>
  leave(boardId: string): Promise<void>
  publish(boardId: string, message: RelayMessage): void
  onReconnect(listener: () => void): () => void
}

/**
 * How long a relayed update may wait for its sender's "written" before this instance
 * writes it itself, the sender presumed dead. Senders write within ~50 ms.
 */
const unconfirmedTimeoutMs = 3000

/**
 * Keeps the rooms of this instance in step with other instances' rooms of the same boards.
 * A board is subscribed before it is read from storage and messages arriving meanwhile
 * are applied once it is loaded; each loaded board (and every open board after a relay
 * outage) asks the others for what it misses. This instance's clients' updates are relayed
 * and, once stored, announced as "written"; other instances' updates are held until their
 * sender announces them, and written here when that takes over 3 s or the board unloads.
 * An update that arrives before what it builds on waits outside the doc while the others
 * are asked for the missing part (again every second until it comes).
 */
export class RelayExtension implements RoomExtension {
  private readonly rooms = new Map<string, Room>()
  /** Relay messages for boards still loading: applied once the room exists. */
  private readonly early = new Map<string, RelayMessage[]>()
  /**
   * Per board, relayed updates that build on state this instance has not received yet
   * (they arrived out of order): held here, never as pending state in the room's doc,
   * until what they build on arrives or is fetched from the others.
   */
  private readonly waiting = new Map<string, Uint8Array[]>()
  /** Other instances' updates not yet confirmed written by them. */
  private readonly unconfirmed = new UnconfirmedUpdates()
  /** Sequence of the last update of our own clients relayed to other instances. */
  private relayedSequence = 0
  /** Per board, the highest relayed sequence not yet confirmed to the others. */
  private unannounced = new Map<string, number>()
  private announcing = false
  private readonly overdueTimer: NodeJS.Timeout
  /** This instance, as the sender of what it publishes. */
  private readonly sender: string

  constructor(
    private readonly relay: BoardRelay,
    private readonly storage: Pick<BoardStorage, 'append' | 'afterWritten'>,
  ) {
    this.sender = relay.instanceId
    // Back from a relay outage: every open board asks the others for what it missed.
    relay.onReconnect(() => {
      for (const room of this.rooms.values()) this.requestSync(room)
    })
    this.overdueTimer = setInterval(() => {
      this.writeUnconfirmed(this.unconfirmed.takeOverdue(Date.now(), unconfirmedTimeoutMs))
      // What is still missing is asked for again, once a round.
      for (const boardId of this.waiting.keys()) {
        const room = this.rooms.get(boardId)
        if (room) this.requestSync(room)
      }
    }, unconfirmedTimeoutMs / 3)
    this.overdueTimer.unref()
  }

  /** Stops the watch over unconfirmed updates, writing what is still held. */
  close(): void {
    clearInterval(this.overdueTimer)
    this.writeUnconfirmed(this.unconfirmed.takeOverdue(Infinity, 0))
  }

  async beforeLoad(boardId: string): Promise<void> {
    // Subscribe before the storage is read, so no update falls between the two.
    this.early.set(boardId, [])
    await this.relay.join(boardId, (message) => this.receive(boardId, message))
  }

  async loadFailed(boardId: string): Promise<void> {
    await this.relay.leave(boardId)
    this.early.delete(boardId)
  }

  loaded(room: Room): void {
    this.rooms.set(room.boardId, room)
    for (const message of this.early.get(room.boardId) ?? []) this.apply(room, message)
    this.early.delete(room.boardId)
    // Other instances may hold edits their clients made that are not stored yet.
    this.requestSync(room)
  }

  changed(room: Room, update: Uint8Array, origin: ChangeOrigin): void {
    if (origin !== 'local') return
    const sequence = ++this.relayedSequence
    this.relay.publish(room.boardId, { kind: 'update', sender: this.sender, update, sequence })
    this.announceWhenWritten(room.boardId, sequence)
  }

  awarenessChanged(room: Room, update: Uint8Array): void {
    this.relay.publish(room.boardId, { kind: 'awareness', sender: this.sender, update })
  }

  beforeUnload(room: Room): void {
    // Nobody here will hear the senders' confirmations once the board leaves memory.
    for (const update of this.unconfirmed.takeBoard(room.boardId)) {
      this.storage.append(room.boardId, update)
    }
  }

  unloaded(room: Room): void {
    this.rooms.delete(room.boardId)
    this.waiting.delete(room.boardId)
    void this.relay.leave(room.boardId)
  }

  private receive(boardId: string, message: RelayMessage): void {
    const room = this.rooms.get(boardId)
    if (room) this.apply(room, message)
    else this.early.get(boardId)?.push(message)
  }

  private apply(room: Room, message: RelayMessage): void {
    switch (message.kind) {
      case 'update':
        this.applyUpdate(room, message.update)
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
        this.relay.publish(room.boardId, {
          kind: 'sync-reply',
          sender: this.sender,
          target: message.sender,
          update: Y.encodeStateAsUpdate(room.doc, message.stateVector),
          stateVector: Y.encodeStateVector(room.doc),
        })
        const present = [...room.awareness.getStates().keys()]
        if (present.length > 0) {
          this.relay.publish(room.boardId, {
            kind: 'awareness',
            sender: this.sender,
            update: encodeAwarenessUpdate(room.awareness, present),
          })
        }
        return
      }
      case 'sync-reply': {
        this.applyUpdate(room, message.update)
        // And the other way: what the replier lacks goes out as an ordinary update.
        const missing = Y.encodeStateAsUpdate(room.doc, message.stateVector)
        if (!isEmptyUpdate(missing)) {
          this.relay.publish(room.boardId, {
            kind: 'update',
            sender: this.sender,
            update: missing,
            sequence: 0,
          })
        }
      }
    }
  }

  /** Applies another instance's update, or holds it until what it builds on is here. */
  private applyUpdate(room: Room, update: Uint8Array): void {
    if (room.applyRemoteUpdate(update) === null) return this.applyWaiting(room)
    const waiting = this.waiting.get(room.boardId)
    if (waiting) return void waiting.push(update)
    this.waiting.set(room.boardId, [update])
    this.requestSync(room)
  }

  /** Applies the held updates of a board that now can be, until none more can. */
  private applyWaiting(room: Room): void {
    let waiting = this.waiting.get(room.boardId)
    let applied = true
    while (waiting && applied) {
      const before = waiting.length
      waiting = waiting.filter((update) => room.applyRemoteUpdate(update) !== null)
      applied = waiting.length < before
    }
    if (waiting?.length) this.waiting.set(room.boardId, waiting)
    else this.waiting.delete(room.boardId)
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
    void this.storage.afterWritten().then(() => {
      for (const [boardId, sequence] of batch) {
        this.relay.publish(boardId, { kind: 'written', sender: this.sender, sequence })
      }
      if (this.unannounced.size > 0) this.announceNextBatch()
      else this.announcing = false
    })
  }

  private writeUnconfirmed(updates: { boardId: string; update: Uint8Array }[]): void {
    for (const { boardId, update } of updates) this.storage.append(boardId, update)
  }

  private requestSync(room: Room): void {
    this.relay.publish(room.boardId, {
      kind: 'sync-request',
      sender: this.sender,
      stateVector: Y.encodeStateVector(room.doc),
    })
  }
}

/** An update with no structs and no deletions (what a diff against an equal state is). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2
}
