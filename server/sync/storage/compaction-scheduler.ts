// Decides when a board's update log is folded into its snapshot.
export interface CompactionSchedulerOptions {
  compact(boardId: string): Promise<number>
  /** Log rows after which an open board is compacted without waiting for it to close. */
  compactAfterRows?: number
  /**
   * How long a due compaction waits: it reads and applies the whole log, so it should not
   * compete with the first sync of a board that was just loaded.
   */
  delayMs?: number
  onError?(boardId: string, error: unknown): void
}

/** How long a due compaction waits by default (see `delayMs`). */
export const compactionDelayMs = 2000

/**
 * Decides when a board's update log is folded into its snapshot: once it grows past a
 * threshold while open, and when the board leaves memory. One compaction per board at a
 * time; work runs in the background and never blocks a room.
 */
export class CompactionScheduler {
  private readonly logRows = new Map<string, number>()
  private readonly running = new Map<string, Promise<void>>()
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly compactAfterRows: number
  private readonly delayMs: number

  constructor(private readonly options: CompactionSchedulerOptions) {
    this.compactAfterRows = options.compactAfterRows ?? 500
    this.delayMs = options.delayMs ?? compactionDelayMs
  }

  /** Records rows that joined a board's log (at load, or after a write). */
  noteLogRows(boardId: string, rows: number): void {
    const total = (this.logRows.get(boardId) ?? 0) + rows
    this.logRows.set(boardId, total)
    if (total >= this.compactAfterRows) this.compactSoon(boardId)
  }

  /** Compacts whatever the board logged, then forgets it (the board left memory). */
  finish(boardId: string): void {
    if ((this.logRows.get(boardId) ?? 0) > 0) this.compactSoon(boardId)
    else this.logRows.delete(boardId)
  }

  /** Starts every waiting compaction now and resolves when none is running (shutdown). */
  async whenIdle(): Promise<void> {
    for (const [boardId, timer] of this.waiting) {
      clearTimeout(timer)
      this.waiting.delete(boardId)
      this.compactNow(boardId)
    }
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()])
  }

  private compactSoon(boardId: string): void {
    if (this.running.has(boardId) || this.waiting.has(boardId)) return
    const timer = setTimeout(() => {
      this.waiting.delete(boardId)
      this.compactNow(boardId)
    }, this.delayMs)
    this.waiting.set(boardId, timer)
  }

  private compactNow(boardId: string): void {
    if (this.running.has(boardId)) return
    const run = this.options
      .compact(boardId)
      .then((folded) => {
        const left = (this.logRows.get(boardId) ?? 0) - folded
        if (left > 0) this.logRows.set(boardId, left)
        else this.logRows.delete(boardId)
      })
      .catch((error: unknown) => this.options.onError?.(boardId, error))
      .finally(() => this.running.delete(boardId))
    this.running.set(boardId, run)
  }
}
