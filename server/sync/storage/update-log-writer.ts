// Writes the rooms' updates to the update log in short batches, retrying what fails.
import * as Y from 'yjs'
import type { LoggedUpdate } from './board-log-store'

export interface UpdateLogWriterOptions {
  append(batch: LoggedUpdate[]): Promise<void>
  /** How long an update may wait for its batch; the issue allows ~100 ms. */
  batchDelayMs?: number
  /** Called after each written batch with the boards it added a row for. */
  onWritten?(boardIds: string[]): void
  onError?(error: unknown): void
  /** Called when writes stop succeeding (a write failed or hangs), and when they succeed again. */
  onSavingChanged?(saving: boolean): void
  /** How long a write may take before its updates count as not being saved. */
  stalledAfterMs?: number
}

/**
 * Collects the updates of every room and writes them in short batches: one transaction
 * per batch, one row per board per batch (the batch's updates merged). A failed write
 * keeps its updates and retries; nothing accepted is dropped.
 */
export class UpdateLogWriter {
  private pending = new Map<string, Uint8Array[]>()
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> | null = null
  private queuedSequence = 0
  private writtenSequence = 0
  private waiters: { sequence: number; resolve: () => void }[] = []
  private retryDelayMs = 0
  private readonly batchDelayMs: number
  /** Whether the last write succeeded, and the one under way (if any) is not overdue. */
  private saving = true

  constructor(private readonly options: UpdateLogWriterOptions) {
    this.batchDelayMs = options.batchDelayMs ?? 50
  }

  /** Queues one update of one board. */
  append(boardId: string, update: Uint8Array): void {
    const updates = this.pending.get(boardId)
    if (updates) updates.push(update)
    else this.pending.set(boardId, [update])
    this.queuedSequence++
    this.schedule(this.batchDelayMs)
  }

  /** Writes now, and resolves once every update queued before this call is in the database. */
  whenWritten(): Promise<void> {
    if (this.writtenSequence >= this.queuedSequence) return Promise.resolve()
    this.schedule(0)
    return this.afterWritten()
  }

  /** Like `whenWritten`, but leaves the batch to fill up as usual. */
  afterWritten(): Promise<void> {
    if (this.writtenSequence >= this.queuedSequence) return Promise.resolve()
    const sequence = this.queuedSequence
    return new Promise((resolve) => this.waiters.push({ sequence, resolve }))
  }

  private schedule(delayMs: number): void {
    if (this.writing) return
    if (this.timer) {
      if (delayMs > 0) return
      clearTimeout(this.timer)
    }
    this.timer = setTimeout(
      () => {
        this.timer = null
        this.writing = this.write().finally(() => {
          this.writing = null
          if (this.pending.size > 0) this.schedule(this.retryDelayMs || this.batchDelayMs)
        })
      },
      Math.max(delayMs, this.retryDelayMs),
    )
  }

  private async write(): Promise<void> {
    const batch = this.pending
    const sequence = this.queuedSequence
    this.pending = new Map()
    const rows: LoggedUpdate[] = []
    for (const [boardId, updates] of batch) {
      rows.push({ boardId, update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) })
    }
    // A database that does not answer at all makes no error: the write just hangs.
    const stalled = setTimeout(() => this.setSaving(false), this.options.stalledAfterMs ?? 2000)
    try {
      await this.options.append(rows)
    } catch (error) {
      this.options.onError?.(error)
      this.requeue(batch)
      this.retryDelayMs = Math.min(Math.max(this.retryDelayMs * 2, 250), 5000)
      this.setSaving(false)
      return
    } finally {
      clearTimeout(stalled)
    }
    this.setSaving(true)
    this.retryDelayMs = 0
    this.writtenSequence = sequence
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.sequence > sequence) return true
      waiter.resolve()
      return false
    })
    this.options.onWritten?.(rows.map((row) => row.boardId))
  }

  private setSaving(saving: boolean): void {
    if (this.saving === saving) return
    this.saving = saving
    this.options.onSavingChanged?.(saving)
  }

  /** Puts a failed batch back in front of whatever arrived meanwhile, order kept. */
  private requeue(batch: Map<string, Uint8Array[]>): void {
    for (const [boardId, newer] of this.pending) {
      const older = batch.get(boardId)
      batch.set(boardId, older ? [...older, ...newer] : newer)
    }
    this.pending = batch
  }
}
