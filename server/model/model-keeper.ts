// Keeps each open board's stored model close behind its doc, as a room extension.
import type * as Y from 'yjs'
import type { BoardModel } from '@/lib/model'
import { modelOfDoc } from '@/lib/boards/model-store'
import type { RoomExtension } from '../sync/extensions'

export interface ModelKeeperOptions {
  save(boardId: string, model: BoardModel): Promise<void>
  onError?(boardId: string, error: unknown): void
  /** Quiet time after the last change before deriving: a burst of edits derives once. */
  quietMs?: number
  /** Longest a changed board waits, however busy it stays. */
  maxWaitMs?: number
}

interface Pending {
  doc: Y.Doc
  timer: NodeJS.Timeout
  firstChangeAt: number
}

/**
 * Keeps each open board's stored model close behind its doc: derives it shortly after
 * changes (not on every keystroke) and once more as the board leaves memory.
 */
export class ModelKeeper {
  private readonly pending = new Map<string, Pending>()
  private readonly saving = new Set<Promise<void>>()
  private readonly quietMs: number
  private readonly maxWaitMs: number

  constructor(private readonly options: ModelKeeperOptions) {
    this.quietMs = options.quietMs ?? 1000
    this.maxWaitMs = options.maxWaitMs ?? 5000
  }

  changed(boardId: string, doc: Y.Doc): void {
    const now = Date.now()
    const pending = this.pending.get(boardId)
    if (pending) clearTimeout(pending.timer)
    const firstChangeAt = pending?.firstChangeAt ?? now
    const delay = Math.min(this.quietMs, firstChangeAt + this.maxWaitMs - now)
    const timer = setTimeout(() => this.flush(boardId), Math.max(delay, 0))
    this.pending.set(boardId, { doc, timer, firstChangeAt })
  }

  /** Derives now if the board has changes not yet derived (the doc is read right away). */
  flush(boardId: string): void {
    const pending = this.pending.get(boardId)
    if (!pending) return
    clearTimeout(pending.timer)
    this.pending.delete(boardId)
    let model: BoardModel
    try {
      model = modelOfDoc(pending.doc)
    } catch (error) {
      this.options.onError?.(boardId, error)
      return
    }
    const saving = this.options
      .save(boardId, model)
      .catch((error: unknown) => this.options.onError?.(boardId, error))
      .finally(() => this.saving.delete(saving))
    this.saving.add(saving)
  }

  /** Derives every pending board and resolves once all models are stored. */
  async close(): Promise<void> {
    for (const boardId of [...this.pending.keys()]) this.flush(boardId)
    while (this.saving.size > 0) await Promise.all([...this.saving])
  }
}

/**
 * The keeper as a room extension: every change of a board counts, whichever instance's
 * client made it (each instance keeps its copy current), and the model is derived once
 * more as the board leaves memory.
 */
export function modelKeeperExtension(
  keeper: Pick<ModelKeeper, 'changed' | 'flush'>,
): RoomExtension {
  return {
    changed: (room) => keeper.changed(room.boardId, room.doc),
    unloaded: (room) => keeper.flush(room.boardId),
  }
}
