// Keeps boards' "last edited" times current with a few database writes.
export interface EditTimesOptions {
  markEdited(boardIds: string[]): Promise<void>
  /** How stale a board's "last edited" time may get while people keep editing it. */
  intervalMs?: number
  onError?(error: unknown): void
}

/**
 * Keeps boards' "last edited" times current without a database write per update batch:
 * boards written since the last round are marked together, at most once per interval,
 * and once more when the server stops.
 */
export class EditTimes {
  private edited = new Set<string>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private readonly intervalMs: number

  constructor(private readonly options: EditTimesOptions) {
    this.intervalMs = options.intervalMs ?? 10_000
  }

  /** Notes that these boards got edits written. */
  note(boardIds: Iterable<string>): void {
    for (const boardId of boardIds) this.edited.add(boardId)
    if (this.edited.size > 0) this.timer ??= setTimeout(() => void this.flush(), this.intervalMs)
  }

  /** Writes the pending marks now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const boardIds = [...this.edited]
    this.edited = new Set()
    try {
      await this.options.markEdited(boardIds)
    } catch (error) {
      // A missed mark only leaves a list order a little stale; try again next round.
      this.options.onError?.(error)
      this.note(boardIds)
    }
  }
}
