// The rooms' storage in memory: drives the sync core in tests without a database.
import type { BoardStorage } from './board-storage'

interface QueuedUpdate {
  boardId: string
  update: Uint8Array
}

/**
 * Boards kept in this process only. Appended updates wait, as in a real storage, until
 * the next write (on the next turn of the event loop, or at a flush); what is stored so
 * far is readable, so a test can tell written from queued.
 */
export class MemoryStorage implements BoardStorage {
  private readonly boards = new Map<string, Uint8Array[]>()
  private queued: QueuedUpdate[] = []
  private nextWrite: Promise<void> | null = null
  /** Boards a room has loaded and not yet unloaded. */
  readonly open = new Set<string>()

  /** Adds a board with its stored updates (none: an empty board). */
  create(boardId: string, updates: Uint8Array[] = []): void {
    this.boards.set(boardId, [...updates])
  }

  /** The updates stored for a board so far, or null when there is no such board. */
  stored(boardId: string): Uint8Array[] | null {
    const updates = this.boards.get(boardId)
    return updates ? [...updates] : null
  }

  /** How many appended updates are not stored yet. */
  get queuedCount(): number {
    return this.queued.length
  }

  async load(boardId: string): Promise<Uint8Array[] | null> {
    const updates = this.stored(boardId)
    if (updates) this.open.add(boardId)
    return updates
  }

  async read(boardId: string): Promise<Uint8Array[] | null> {
    return this.stored(boardId)
  }

  append(boardId: string, update: Uint8Array): void {
    this.queued.push({ boardId, update })
    this.nextWrite ??= new Promise((resolve) =>
      setImmediate(() => {
        this.write()
        resolve()
      }),
    )
  }

  async flush(): Promise<void> {
    this.write()
  }

  afterWritten(): Promise<void> {
    return this.nextWrite ?? Promise.resolve()
  }

  unload(boardId: string): void {
    this.open.delete(boardId)
  }

  async close(): Promise<void> {
    this.write()
  }

  private write(): void {
    const queued = this.queued
    this.queued = []
    this.nextWrite = null
    for (const { boardId, update } of queued) {
      const updates = this.boards.get(boardId)
      if (!updates)
        throw new Error(`board ${boardId} is not in the memory storage; create it first`)
      updates.push(update)
    }
  }
}
