import { Room } from './room'
import type { BoardLogStore } from './board-log-store'
import type { UpdateLogWriter } from './update-log-writer'
import type { CompactionScheduler } from './compaction-scheduler'

interface Dependencies {
  store: BoardLogStore
  writer: UpdateLogWriter
  compaction: CompactionScheduler
}

/**
 * The rooms this process holds in memory. A room is loaded from the database before
 * anyone gets it, and leaves memory once nobody holds it and its updates are written.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room | null>>()
  private readonly holders = new Map<Room, number>()
  private readonly unloading = new Set<Promise<void>>()

  constructor(private readonly deps: Dependencies) {}

  get size(): number {
    return this.rooms.size
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
    const unload = this.deps.writer.whenWritten().then(() => {
      this.unloading.delete(unload)
      // Someone may have come back while the log was being written.
      if (this.holders.has(room) || this.rooms.get(room.boardId) !== room) return
      this.rooms.delete(room.boardId)
      room.destroy()
      this.deps.compaction.finish(room.boardId)
    })
    this.unloading.add(unload)
  }

  /** Resolves once every released room has been written and unloaded. */
  async whenUnloaded(): Promise<void> {
    while (this.unloading.size > 0) await Promise.all([...this.unloading])
  }

  private load(boardId: string): Promise<Room | null> {
    const inFlight = this.loading.get(boardId)
    if (inFlight) return inFlight
    const loaded = this.deps.store
      .load(boardId)
      .then((stored) => {
        if (!stored) return null
        const room = new Room(boardId, {
          onUpdate: (update) => this.deps.writer.append(boardId, update),
        })
        room.load(stored.updates)
        this.rooms.set(boardId, room)
        this.deps.compaction.noteLogRows(boardId, stored.logLength)
        return room
      })
      .finally(() => this.loading.delete(boardId))
    this.loading.set(boardId, loaded)
    return loaded
  }
}
