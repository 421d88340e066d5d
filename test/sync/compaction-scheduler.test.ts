import { expect, it } from 'vitest'
import { CompactionScheduler } from '@/server/sync/compaction-scheduler'

it('compacts a board once its log passes the threshold, one run at a time', async () => {
  const runs: string[] = []
  let release!: () => void
  const blocked = new Promise<void>((resolve) => (release = resolve))
  const scheduler = new CompactionScheduler({
    compactAfterRows: 3,
    compact: async (boardId) => {
      runs.push(boardId)
      await blocked
      return 3
    },
  })
  scheduler.noteLogRows('a', 2)
  expect(runs).toEqual([])
  scheduler.noteLogRows('a', 1)
  scheduler.noteLogRows('a', 5)
  expect(runs).toEqual(['a'])
  release()
  await scheduler.whenIdle()
  // 5 rows were left over after folding 3: the next row crosses the threshold again.
  scheduler.noteLogRows('a', 1)
  await scheduler.whenIdle()
  expect(runs).toEqual(['a', 'a'])
})

it('compacts a board with logged rows when it leaves memory, and skips one without', async () => {
  const runs: string[] = []
  const scheduler = new CompactionScheduler({ compact: async (boardId) => (runs.push(boardId), 1) })
  scheduler.noteLogRows('edited', 1)
  scheduler.finish('edited')
  scheduler.finish('untouched')
  await scheduler.whenIdle()
  expect(runs).toEqual(['edited'])
})
