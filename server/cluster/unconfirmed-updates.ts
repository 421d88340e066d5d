/** A relayed update held until its sender says it is in the database. */
interface HeldUpdate {
  sequence: number
  update: Uint8Array
  receivedAt: number
}

/** A board's update that must now be written by this instance. */
export interface OverdueUpdate {
  boardId: string
  update: Uint8Array
}

/**
 * Updates other instances relayed before writing them. Each instance writes only its own
 * clients' updates, so if a sender dies between relaying and writing, the copies held here
 * (and in clients, which do not resend what the server already has) are the only ones
 * left. Senders confirm what they wrote; whatever stays unconfirmed too long, or is still
 * held when a board leaves memory, is written by the holder instead. Writing an update
 * twice is harmless: Yjs applies it once.
 */
export class UnconfirmedUpdates {
  /** board id → sender instance → updates in the order the sender relayed them. */
  private readonly held = new Map<string, Map<string, HeldUpdate[]>>()

  get size(): number {
    let count = 0
    for (const senders of this.held.values()) {
      for (const updates of senders.values()) count += updates.length
    }
    return count
  }

  hold(boardId: string, sender: string, sequence: number, update: Uint8Array, now: number): void {
    let senders = this.held.get(boardId)
    if (!senders) this.held.set(boardId, (senders = new Map()))
    const updates = senders.get(sender)
    const held = { sequence, update, receivedAt: now }
    if (updates) updates.push(held)
    else senders.set(sender, [held])
  }

  /** The sender wrote every update of this board it relayed up to `sequence`. */
  confirm(boardId: string, sender: string, sequence: number): void {
    const senders = this.held.get(boardId)
    const updates = senders?.get(sender)
    if (!senders || !updates) return
    const left = updates.filter((held) => held.sequence > sequence)
    if (left.length > 0) senders.set(sender, left)
    else senders.delete(sender)
    if (senders.size === 0) this.held.delete(boardId)
  }

  /** Removes and returns the updates held longer than `maxAgeMs`. */
  takeOverdue(now: number, maxAgeMs: number): OverdueUpdate[] {
    const overdue: OverdueUpdate[] = []
    for (const [boardId, senders] of this.held) {
      for (const [sender, updates] of senders) {
        const due = updates.filter((held) => now - held.receivedAt >= maxAgeMs)
        if (due.length === 0) continue
        for (const held of due) overdue.push({ boardId, update: held.update })
        this.confirm(boardId, sender, due[due.length - 1]!.sequence)
      }
    }
    return overdue
  }

  /** Removes and returns everything held for one board. */
  takeBoard(boardId: string): Uint8Array[] {
    const senders = this.held.get(boardId)
    this.held.delete(boardId)
    return senders ? [...senders.values()].flat().map((held) => held.update) : []
  }
}
