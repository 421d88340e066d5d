import { expect, it } from 'vitest'
import { CompactionScheduler } from '@/server/sync/storage/compaction-scheduler'

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms))

it('compacts a board once its log passes the threshold, one run at a time', async () => {
  const runs: string[] = []
  let release!: () => void
  const blocked = new Promise<void>((resolve) => (release = resolve))
  const scheduler = new CompactionScheduler({
    compactAfterRows: 3,
    delayMs: 0,
    compact: async (boardId) => {
      runs.push(boardId)
      await blocked
      return 3
    },
  })
  scheduler.noteLogRows('a', 2)
  await tick()
  expect(runs).toEqual([])
  scheduler.noteLogRows('a', 1)
  await tick()
  scheduler.noteLogRows('a', 5)
  await tick()
  expect(runs).toEqual(['a'])
  release()
  await scheduler.whenIdle()
  // 5 rows were left over after folding 3: the next row crosses the threshold again.
  scheduler.noteLogRows('a', 1)
  await tick()
  await scheduler.whenIdle()
  expect(runs).toEqual(['a', 'a'])
})

it('lets a due compaction wait, so a freshly loaded board syncs first', async () => {
  const runs: string[] = []
  const scheduler = new CompactionScheduler({
    compactAfterRows: 1,
    delayMs: 50,
    compact: async (boardId) => (runs.push(boardId), 1),
  })
  scheduler.noteLogRows('loaded', 10_000)
  await tick(10)
  expect(runs).toEqual([])
  await tick(80)
  expect(runs).toEqual(['loaded'])
})

it('compacts a board with logged rows when it leaves memory, and skips one without', async () => {
  const runs: string[] = []
  const scheduler = new CompactionScheduler({
    delayMs: 10_000,
    compact: async (boardId) => (runs.push(boardId), 1),
  })
  scheduler.noteLogRows('edited', 1)
  scheduler.finish('edited')
  scheduler.finish('untouched')
  // Shutdown does not wait for the delay: it compacts what is due and waits for it.
  await scheduler.whenIdle()
  expect(runs).toEqual(['edited'])
})
