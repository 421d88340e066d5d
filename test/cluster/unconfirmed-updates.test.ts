import { describe, expect, it } from 'vitest'
import { UnconfirmedUpdates } from '@/server/cluster/unconfirmed-updates'

const update = (byte: number) => new Uint8Array([byte])

describe('updates relayed by other instances, held until their sender wrote them', () => {
  it('lets go of what the sender confirmed, and only that', () => {
    const held = new UnconfirmedUpdates()
    held.hold('board', 'a', 1, update(1), 0)
    held.hold('board', 'a', 2, update(2), 0)
    held.hold('board', 'b', 1, update(3), 0)
    held.confirm('board', 'a', 1)
    expect(held.size).toBe(2)
    // A confirmation from one sender says nothing about another's updates.
    expect(held.takeBoard('board')).toEqual([update(2), update(3)])
    expect(held.size).toBe(0)
  })

  it('hands over overdue updates exactly once, and keeps the recent ones', () => {
    const held = new UnconfirmedUpdates()
    held.hold('one', 'a', 1, update(1), 1000)
    held.hold('one', 'a', 2, update(2), 2500)
    held.hold('two', 'b', 7, update(3), 1200)
    expect(held.takeOverdue(3000, 1000)).toEqual([
      { boardId: 'one', update: update(1) },
      { boardId: 'two', update: update(3) },
    ])
    expect(held.takeOverdue(3000, 1000)).toEqual([])
    expect(held.takeBoard('one')).toEqual([update(2)])
  })

  it('ignores confirmations of boards and senders it holds nothing for', () => {
    const held = new UnconfirmedUpdates()
    held.confirm('nothing', 'a', 5)
    held.hold('board', 'a', 3, update(1), 0)
    held.confirm('board', 'other', 9)
    held.confirm('board', 'a', 2)
    expect(held.size).toBe(1)
  })
})
