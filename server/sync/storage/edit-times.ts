// Keeps boards' "last edited" times current with a few database writes.
/** A board and when its latest edit was written. */
export interface BoardEdit {
  boardId: string
  at: Date
}

export interface EditTimesOptions {
  /** Sets each board's "last edited" time to `at` (never back in time). */
  markEdited(edits: BoardEdit[]): Promise<void>
  /** How stale a board's "last edited" time may get while people keep editing it. */
  intervalMs?: number
  onError?(error: unknown): void
}

/**
 * Keeps boards' "last edited" times current without a database write per update batch:
 * boards written since the last round are marked together, at most once per interval,
 * and once more when the server stops. Each is marked with the time its edits were written,
 * not the time of the mark: a model derived after the edits (a second later) is then never
 * taken for older than them when the mark lands seconds afterwards.
 */
export class EditTimes {
  private edited = new Map<string, Date>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private readonly intervalMs: number

  constructor(private readonly options: EditTimesOptions) {
    this.intervalMs = options.intervalMs ?? 10_000
  }

  /** Notes that these boards got edits written at `at` (now, by default). */
  note(boardIds: Iterable<string>, at = new Date()): void {
    for (const boardId of boardIds) {
      const known = this.edited.get(boardId)
      if (!known || known < at) this.edited.set(boardId, at)
    }
    if (this.edited.size > 0) this.timer ??= setTimeout(() => void this.flush(), this.intervalMs)
  }

  /** Writes the pending marks now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const edits = [...this.edited].map(([boardId, at]) => ({ boardId, at }))
    this.edited = new Map()
    if (edits.length === 0) return
    try {
      await this.options.markEdited(edits)
    } catch (error) {
      // A missed mark only leaves a list order a little stale; try again next round.
      this.options.onError?.(error)
      for (const { boardId, at } of edits) this.note([boardId], at)
    }
  }
}
