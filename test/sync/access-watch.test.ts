import { describe, expect, it } from 'vitest'
import type { BoardRole } from '@/lib/auth/board-roles'
import { closeCodes } from '@/lib/sync/close-codes'
import { AccessWatch, type MemberRoles, type WatchedConnection } from '@/server/sync/access-watch'

/** A connection that notes how it was closed. */
function connectionTo(boardId: string, userId: string, role: BoardRole = 'editor') {
  const connection = {
    boardId,
    userId,
    role,
    closed: null as { code: number; reason: string } | null,
    close(code: number, reason: string) {
      connection.closed = { code, reason }
    },
  }
  return connection
}

/** Members as a table of board → user → role, noting which boards each query asked about. */
function membersOf(table: Map<string, Map<string, BoardRole>>) {
  const asked: string[][] = []
  const members: MemberRoles = {
    rolesOn: async (boardIds) => {
      asked.push(boardIds)
      const roles = new Map(
        boardIds.flatMap((id) => (table.has(id) ? [[id, table.get(id)!] as const] : [])),
      )
      return { roles, archived: new Set() }
    },
  }
  return { members, asked }
}

describe('checking open connections against the members', () => {
  it('asks about many open boards in several short queries, and still checks every connection', async () => {
    const boardIds = Array.from({ length: 250 }, (_, index) => `board-${index}`)
    const table = new Map(boardIds.map((id) => [id, new Map([['ann', 'editor' as BoardRole]])]))
    // Removed from the last board, and that board's other connection stays.
    table.get('board-249')!.delete('ann')
    table.get('board-249')!.set('bob', 'editor')
    const connections = boardIds.map((id) => connectionTo(id, 'ann'))
    const stays = connectionTo('board-249', 'bob')
    const { members, asked } = membersOf(table)
    const watch = new AccessWatch(members, () => [...connections, stays], console)
    await watch.check()
    expect(asked.every((some) => some.length <= 100)).toBe(true)
    expect(asked.flat().sort()).toEqual([...boardIds].sort())
    expect(connections.slice(0, 249).every((connection) => connection.closed === null)).toBe(true)
    expect(connections[249]!.closed).toEqual({
      code: closeCodes.forbidden,
      reason: 'you were removed from this board',
    })
    expect(stays.closed).toBeNull()
  })

  it('checks only the given board when asked about one', async () => {
    const table = new Map([
      ['one', new Map<string, BoardRole>([['ann', 'viewer']])],
      ['two', new Map<string, BoardRole>([['ann', 'viewer']])],
    ])
    const onOne = connectionTo('one', 'ann')
    const onTwo = connectionTo('two', 'ann')
    const { members, asked } = membersOf(table)
    const watch = new AccessWatch(members, () => [onOne, onTwo] as WatchedConnection[], console)
    await watch.check('one')
    expect(asked).toEqual([['one']])
    expect(onOne.closed?.reason).toBe('your role on this board is now viewer; reload to continue')
    expect(onTwo.closed).toBeNull()
  })
})
