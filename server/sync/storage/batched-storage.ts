// What the update-log storages share: appends go through a batched writer, whose saving state listeners hear.
import type { BoardStorage } from './board-storage'
import { UpdateLogWriter, type UpdateLogWriterOptions } from './update-log-writer'

/**
 * The part of a storage that writes rooms' updates in batches (boards' and members'
 * private rooms' alike): append, flush and who is told when writes stop or start again.
 */
export abstract class BatchedStorage implements Pick<
  BoardStorage,
  'append' | 'flush' | 'afterWritten' | 'watchSaving'
> {
  protected readonly writer: UpdateLogWriter
  private readonly savingListeners: ((saving: boolean) => void)[] = []

  constructor(options: UpdateLogWriterOptions) {
    this.writer = new UpdateLogWriter({
      ...options,
      onSavingChanged: (saving) => {
        options.onSavingChanged?.(saving)
        for (const listener of this.savingListeners) listener(saving)
      },
    })
  }

  append(roomName: string, update: Uint8Array): void {
    this.writer.append(roomName, update)
  }

  flush(): Promise<void> {
    return this.writer.whenWritten()
  }

  afterWritten(): Promise<void> {
    return this.writer.afterWritten()
  }

  watchSaving(listener: (saving: boolean) => void): void {
    this.savingListeners.push(listener)
  }
}
