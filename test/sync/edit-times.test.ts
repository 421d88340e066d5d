import { expect, it } from 'vitest'
import { EditTimes } from '@/server/sync/storage/edit-times'

it('marks the boards written within one interval together, once', async () => {
  const rounds: string[][] = []
  const editTimes = new EditTimes({
    intervalMs: 20,
    markEdited: async (edits) => void rounds.push(edits.map((edit) => edit.boardId).sort()),
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
    markEdited: async (edits) => {
      if (fail) {
        fail = false
        throw new Error('database is down')
      }
      rounds.push(edits.map((edit) => edit.boardId))
    },
  })
  editTimes.note(['a'])
  await editTimes.flush()
  await editTimes.flush()
  expect(rounds).toEqual([['a']])
})

it('marks each board with when its edits were written, not when the mark is made', async () => {
  const marked: { boardId: string; at: Date }[] = []
  const editTimes = new EditTimes({
    intervalMs: 10_000,
    markEdited: async (e) => void marked.push(...e),
  })
  const first = new Date('2026-12-01T10:00:00Z')
  const later = new Date('2026-12-01T10:00:05Z')
  editTimes.note(['a'], later)
  editTimes.note(['a', 'b'], first)
  await editTimes.flush()
  expect(marked).toEqual([
    { boardId: 'a', at: later },
    { boardId: 'b', at: first },
  ])
})
