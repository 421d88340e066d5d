// The private rooms' storage: members' private docs, kept like boards but in a log of their own.
import type { Database } from '@/lib/db/client'
import { parseRoomName, privateRoomName } from '@/lib/sync/private-room'
import type { BoardStorage } from './board-storage'
import { PrivateLogStore } from './private-log-store'
import { BatchedStorage } from './batched-storage'

/**
 * Stores members' private rooms (named `<boardId>/private/<memberId>`) through the same
 * seam as boards: loaded whole, appended in short batches, compacted once a room leaves
 * memory. Only the private rooms read it.
 */
export class PrivateStorage extends BatchedStorage implements BoardStorage {
  readonly store: PrivateLogStore
  private readonly compactions = new Set<Promise<void>>()

  constructor(
    db: Database,
    private readonly log: Pick<Console, 'warn' | 'error'> = console,
  ) {
    const store = new PrivateLogStore(db)
    super({
      append: (batch) =>
        store.append(
          batch.map(({ boardId: roomName, update }) => ({ ...addressOf(roomName), update })),
        ),
      onError: (error) => log.error('writing private items failed; retrying', error),
    })
    this.store = store
  }

  /** The private rooms of a board that have something stored. */
  async roomsOf(boardId: string): Promise<string[]> {
    await this.writer.whenWritten()
    const members = await this.store.membersOf(boardId)
    return members.map((memberId) => privateRoomName(boardId, memberId))
  }

  load(roomName: string): Promise<Uint8Array[] | null> {
    const { boardId, memberId } = addressOf(roomName)
    return this.store.load(boardId, memberId)
  }

  read(roomName: string): Promise<Uint8Array[] | null> {
    return this.load(roomName)
  }

  unload(roomName: string): void {
    const { boardId, memberId } = addressOf(roomName)
    const compaction = this.store
      .compact(boardId, memberId)
      .catch((error: unknown) =>
        this.log.warn(`compacting private items of ${memberId} on ${boardId} failed`, error),
      )
      .finally(() => this.compactions.delete(compaction))
    this.compactions.add(compaction)
  }

  async close(): Promise<void> {
    await this.writer.whenWritten()
    await Promise.all([...this.compactions])
  }
}

function addressOf(roomName: string): { boardId: string; memberId: string } {
  const address = parseRoomName(roomName)
  if (!address?.privateTo) throw new Error(`${roomName} is not a private room`)
  return { boardId: address.boardId, memberId: address.privateTo }
}
