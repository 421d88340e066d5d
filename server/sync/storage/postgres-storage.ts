// The rooms' storage in PostgreSQL or PGlite: the update log, its batched writer, compaction and edit times.
import type { Database } from '@/lib/db/client'
import type { BoardStorage } from './board-storage'
import { BoardLogStore } from './board-log-store'
import { CompactionScheduler } from './compaction-scheduler'
import { EditTimes } from './edit-times'
import { BatchedStorage } from './batched-storage'

/**
 * Keeps boards as an append-only update log per board, written in short batches and
 * compacted in the background into a snapshot: while the log of an open board grows past
 * a threshold, and once the board leaves memory. Boards' "last edited" times follow what
 * is written.
 */
export class PostgresStorage extends BatchedStorage implements BoardStorage {
  private readonly store: BoardLogStore
  private readonly compaction: CompactionScheduler
  private readonly editTimes: EditTimes

  constructor(
    db: Database,
    log: Pick<Console, 'warn' | 'error'> = console,
    /** How compaction folds a log into a state in pieces (see `BoardLogStore`); else on this thread. */
    fold?: (updates: Uint8Array[]) => Promise<Uint8Array[]>,
  ) {
    const store = new BoardLogStore(db, undefined, fold)
    const compaction = new CompactionScheduler({
      compact: (boardId) => store.compact(boardId),
      onError: (boardId, error) => log.error(`compaction of board ${boardId} failed`, error),
    })
    const editTimes = new EditTimes({
      markEdited: (boardIds) => store.markEdited(boardIds),
      onError: (error) => log.warn("could not update boards' last-edited times", error),
    })
    super({
      append: (batch) => store.append(batch),
      onWritten: (boardIds) => {
        for (const boardId of boardIds) compaction.noteLogRows(boardId, 1)
        editTimes.note(boardIds)
      },
      onError: (error) => log.error('writing the update log failed; retrying', error),
      onSavingChanged: (saving) => {
        if (saving) log.warn('the update log is written again')
      },
    })
    this.store = store
    this.compaction = compaction
    this.editTimes = editTimes
  }

  async load(boardId: string): Promise<Uint8Array[] | null> {
    const stored = await this.store.load(boardId)
    if (!stored) return null
    // The rows already in the log count towards the board's next compaction.
    this.compaction.noteLogRows(boardId, stored.logLength)
    return stored.updates
  }

  async read(boardId: string): Promise<Uint8Array[] | null> {
    return (await this.store.load(boardId))?.updates ?? null
  }

  unload(boardId: string): void {
    this.compaction.finish(boardId)
  }

  async close(): Promise<void> {
    await this.writer.whenWritten()
    await this.editTimes.flush()
    await this.compaction.whenIdle()
  }
}
