import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { LoggedUpdate } from '@/server/sync/storage/board-log-store'
import { UpdateLogWriter } from '@/server/sync/storage/update-log-writer'

function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getArray('items').push([i])
  return updates
}

function replay(rows: LoggedUpdate[]): number[] {
  const doc = new Y.Doc()
  for (const row of rows) Y.applyUpdate(doc, row.update)
  return doc.getArray<number>('items').toArray()
}

describe('UpdateLogWriter', () => {
  it('writes what arrives within one delay as one batch, one row per board', async () => {
    const batches: LoggedUpdate[][] = []
    const writer = new UpdateLogWriter({
      append: async (batch) => void batches.push(batch),
      batchDelayMs: 20,
    })
    for (const update of edits(10)) writer.append('a', update)
    for (const update of edits(3)) writer.append('b', update)
    await writer.whenWritten()
    expect(batches).toHaveLength(1)
    expect(batches[0]!.map((row) => row.boardId).sort()).toEqual(['a', 'b'])
    expect(replay(batches[0]!.filter((row) => row.boardId === 'a'))).toEqual([...Array(10).keys()])
  })

  it('keeps a failed batch and writes it, in order, with what came after', async () => {
    const written: LoggedUpdate[] = []
    let failures = 1
    const errors: unknown[] = []
    const writer = new UpdateLogWriter({
      append: async (batch) => {
        if (failures-- > 0) throw new Error('database is down')
        written.push(...batch)
      },
      batchDelayMs: 5,
      onError: (error) => errors.push(error),
    })
    const updates = edits(6)
    for (const update of updates.slice(0, 3)) writer.append('a', update)
    await new Promise((resolve) => setTimeout(resolve, 30))
    for (const update of updates.slice(3)) writer.append('a', update)
    await writer.whenWritten()
    expect(errors).toHaveLength(1)
    expect(replay(written)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('afterWritten waits for the batch to be written in its own time, without hurrying it', async () => {
    const writtenAt: number[] = []
    const writer = new UpdateLogWriter({
      append: async () => void writtenAt.push(performance.now()),
      batchDelayMs: 100,
    })
    const [first, second] = edits(2)
    const queuedAt = performance.now()
    writer.append('a', first!)
    const waiting = writer.afterWritten()
    writer.append('a', second!)
    await waiting
    // One batch, written after the delay: waiting did not force an early write.
    expect(writtenAt).toHaveLength(1)
    expect(writtenAt[0]! - queuedAt).toBeGreaterThanOrEqual(90)
  })

  it('whenWritten resolves at once when nothing is pending', async () => {
    const writer = new UpdateLogWriter({ append: async () => {} })
    await expect(writer.whenWritten()).resolves.toBeUndefined()
  })
})
