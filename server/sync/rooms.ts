// The rooms this process holds: loading from storage, holding, flushing and unloading, with extensions.
import * as Y from 'yjs'
import type { BoardStorage } from './storage/board-storage'
import type { RoomExtension } from './extensions'
import { Room, type RoomGuard } from './room'
import type { AnonymousBallotIds } from './anonymous-votes'
import { notSaving, saving, type SavingStatus } from '@/lib/sync/saving-status'

export interface RoomsOptions {
  storage: BoardStorage
  /** Builds the guard of a new room's doc (the facilitation rules, in the server). */
  guardFor(doc: Y.Doc): RoomGuard
  /** Hooked into every room's life, called in this order. */
  extensions?: RoomExtension[]
  /** Called when a participant's change broke a facilitation rule and was undone. */
  onRefusedChange?(boardId: string, userId: string, reason: string): void
  /** Members' ballot ids in anonymous votes; absent for private rooms (nobody votes there). */
  anonymousBallotIds?: AnonymousBallotIds
  /** Reveals a board's private items into its room; absent for private rooms. */
  revealPrivateItems?(boardId: string): Promise<number>
}

/**
 * The rooms this process holds in memory. A room is loaded from storage before anyone gets
 * it, and leaves memory once nobody holds it and its updates are stored.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room | null>>()
  private readonly holders = new Map<Room, number>()
  private readonly unloading = new Set<Promise<void>>()
  private readonly storage: BoardStorage
  private readonly extensions: readonly RoomExtension[]
  /** Whether an extension wants awareness changes (encoding them has a cost per change). */
  private readonly relaysAwareness: boolean
  /** Whether the storage is storing what the rooms append; every room's clients are told. */
  private savingStatus: SavingStatus = saving

  constructor(private readonly options: RoomsOptions) {
    this.storage = options.storage
    this.extensions = options.extensions ?? []
    this.relaysAwareness = this.extensions.some((extension) => extension.awarenessChanged)
    this.storage.watchSaving?.((savingNow) => {
      this.savingStatus = savingNow ? saving : notSaving
      for (const room of this.rooms.values()) room.setSavingStatus(this.savingStatus)
    })
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

  /** Lets go of a room; the last release stores its pending updates and unloads it. */
  release(room: Room): void {
    const holders = (this.holders.get(room) ?? 0) - 1
    if (holders > 0) {
      this.holders.set(room, holders)
      return
    }
    this.holders.delete(room)
    for (const extension of this.extensions) extension.beforeUnload?.(room)
    const unload = this.storage.flush().then(() => {
      this.unloading.delete(unload)
      // Someone may have come back while the updates were being stored.
      if (this.holders.has(room) || this.rooms.get(room.boardId) !== room) return
      this.rooms.delete(room.boardId)
      for (const extension of this.extensions) extension.unloaded?.(room)
      room.destroy()
      this.storage.unload(room.boardId)
    })
    this.unloading.add(unload)
  }

  /** Resolves once every released room has been stored and unloaded. */
  async whenUnloaded(): Promise<void> {
    while (this.unloading.size > 0) await Promise.all([...this.unloading])
  }

  private load(boardId: string): Promise<Room | null> {
    const inFlight = this.loading.get(boardId)
    if (inFlight) return inFlight
    const loaded = this.loadRoom(boardId).finally(() => this.loading.delete(boardId))
    this.loading.set(boardId, loaded)
    return loaded
  }

  private async loadRoom(boardId: string): Promise<Room | null> {
    let stored: Uint8Array[] | null
    try {
      for (const extension of this.extensions) await extension.beforeLoad?.(boardId)
      stored = await this.storage.load(boardId)
    } catch (error) {
      await this.loadFailed(boardId)
      throw error
    }
    if (!stored) {
      await this.loadFailed(boardId)
      return null
    }
    const room = this.newRoom(boardId)
    await room.load(stored)
    room.setSavingStatus(this.savingStatus)
    this.rooms.set(boardId, room)
    for (const extension of this.extensions) extension.loaded?.(room)
    return room
  }

  private async loadFailed(boardId: string): Promise<void> {
    for (const extension of this.extensions) await extension.loadFailed?.(boardId)
  }

  private newRoom(boardId: string): Room {
    const doc = new Y.Doc()
    const { anonymousBallotIds: ballotIds, revealPrivateItems: reveal } = this.options
    const room: Room = new Room(boardId, {
      doc,
      guard: this.options.guardFor(doc),
      onUpdate: (update, origin) => {
        if (origin === 'local') this.storage.append(boardId, update)
        for (const extension of this.extensions) extension.changed?.(room, update, origin)
      },
      onAwareness: this.relaysAwareness
        ? (update) => {
            for (const extension of this.extensions) extension.awarenessChanged?.(room, update)
          }
        : undefined,
      onRefusedChange: (connection, reason) =>
        this.options.onRefusedChange?.(boardId, connection.userId, reason),
      anonymousBallotId: ballotIds && ((voteId, userId) => ballotIds(boardId, voteId, userId)),
      revealPrivateItems: reveal && (() => reveal(boardId)),
    })
    return room
  }
}
