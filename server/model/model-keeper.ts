// Keeps each open board's stored model close behind its doc, as a room extension.
import * as Y from 'yjs'
import { docLayout } from '@/lib/sync/record-layout'
import type { RoomExtension } from '../sync/extensions'

export interface ModelKeeperOptions {
  /** The model JSON of the doc as it stands, derived off the event loop (`CurrentModels`). */
  derive(doc: Y.Doc): Promise<string>
  /** Stores a board's model JSON as derived from its doc as it stood at `derivedAt`. */
  save(boardId: string, modelJson: string, derivedAt: Date): Promise<void>
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
  lastChangeAt: number
}

/**
 * Keeps each open board's stored model close behind its doc: derives it shortly after
 * changes (not on every keystroke) and once more as the board leaves memory. A change
 * only notes its time: the one timer per changed board looks at that time when it fires,
 * so a busy board costs no timer work per update. The doc's state is read when the timer
 * fires; deriving and storing happen off the event loop.
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
    if (pending) {
      pending.doc = doc
      pending.lastChangeAt = now
      return
    }
    const timer = setTimeout(() => this.due(boardId), this.quietMs)
    this.pending.set(boardId, { doc, timer, firstChangeAt: now, lastChangeAt: now })
  }

  /** Derives now if the board has changes not yet derived; resolves once the model is stored. */
  flush(boardId: string): Promise<void> {
    const pending = this.pending.get(boardId)
    if (!pending) return Promise.resolve()
    clearTimeout(pending.timer)
    this.pending.delete(boardId)
    const derivedAt = new Date()
    const saving = this.options
      .derive(pending.doc)
      .then((json) => this.options.save(boardId, json, derivedAt))
      .catch((error: unknown) => this.options.onError?.(boardId, error))
      .finally(() => this.saving.delete(saving))
    this.saving.add(saving)
    return saving
  }

  /** Derives every board with changes not yet derived and resolves once all are stored. */
  async settle(): Promise<void> {
    for (const boardId of [...this.pending.keys()]) void this.flush(boardId)
    while (this.saving.size > 0) await Promise.all([...this.saving])
  }

  /** The board's timer fired: derive if it has been quiet long enough (or waited its longest). */
  private due(boardId: string): void {
    const pending = this.pending.get(boardId)
    if (!pending) return
    const at = Math.min(pending.lastChangeAt + this.quietMs, pending.firstChangeAt + this.maxWaitMs)
    const wait = at - Date.now()
    if (wait > 0) pending.timer = setTimeout(() => this.due(boardId), wait)
    else void this.flush(boardId)
  }
}

/**
 * The keeper as a room extension: a change of a board counts when it touches the board's
 * records, the only part of the doc a model is read from (a session's timer, votes or any
 * other map are not), whichever instance's client made it (each instance keeps its copy
 * current); the model is derived once more as the board leaves memory. List it before the
 * schema keeper, so that a migration as the board loads counts as a change.
 */
export function modelKeeperExtension(
  keeper: Pick<ModelKeeper, 'changed' | 'flush'>,
): RoomExtension {
  return {
    loaded: (room) => {
      room.doc.getMap(docLayout.records).observeDeep(() => keeper.changed(room.boardId, room.doc))
    },
    unloaded: (room) => void keeper.flush(room.boardId),
  }
}
