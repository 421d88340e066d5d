import { expect, it } from 'vitest'
import { EditTimes } from '@/server/sync/storage/edit-times'

it('marks the boards written within one interval together, once', async () => {
  const rounds: string[][] = []
  const editTimes = new EditTimes({
    intervalMs: 20,
    markEdited: async (boardIds) => void rounds.push([...boardIds].sort()),
  })
  editTimes.note(['a'])
  editTimes.note(['b', 'a'])
  await new Promise((resolve) => setTimeout(resolve, 60))
  expect(rounds).toEqual([['a', 'b']])
})

it('keeps the marks of a failed round for the next one', async () => {
  const rounds: string[][] = []
  let fail = true
  const editTimes = new EditTimes({
    intervalMs: 10_000,
    markEdited: async (boardIds) => {
      if (fail) {
        fail = false
        throw new Error('database is down')
      }
      rounds.push(boardIds)
    },
  })
  editTimes.note(['a'])
  await editTimes.flush()
  await editTimes.flush()
  expect(rounds).toEqual([['a']])
})
