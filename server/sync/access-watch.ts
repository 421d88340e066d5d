// Closes connections of people removed or demoted, within seconds, on every instance.
import { atLeast, lowerRole, type BoardRole } from '@/lib/auth/board-roles'
import type { RoomGrant } from '@/lib/auth/room-token'
import { closeCodes } from '@/lib/sync/close-codes'
import { SyncRefusal } from './sync-refusal'

/** Who is a member of which open boards now, and which of them are archived. */
export interface MemberRoles {
  rolesOn(boardIds: string[]): Promise<{
    roles: Map<string, Map<string, BoardRole>>
    archived: Set<string>
  }>
}

/** A connection as the watch sees it. */
export interface WatchedConnection {
  readonly boardId: string
  readonly userId: string
  readonly role: BoardRole
  close(code: number, reason: string): void
}

/**
 * Room tokens live 15 minutes and a connection outlives its token, so membership is
 * checked again: when a connection opens, every `intervalMs` for every open board (one
 * query per round, so a change made by another instance lands within seconds), and at
 * once when this process changes a board's members. A removed member, or one whose role
 * dropped below their connection's, is disconnected with 4403 and the reason.
 */
export class AccessWatch {
  private timer: NodeJS.Timeout | null = null
  private checking: Promise<void> | null = null

  constructor(
    private readonly members: MemberRoles,
    private readonly connections: () => Iterable<WatchedConnection>,
    private readonly log: Pick<Console, 'warn'>,
  ) {}

  /** The role a new connection gets: its token's, capped by the member's role now. */
  async admit(grant: RoomGrant): Promise<BoardRole> {
    const { roles, archived } = await this.members.rolesOn([grant.boardId])
    const boardRoles = roles.get(grant.boardId)
    if (!boardRoles) {
      throw new SyncRefusal(closeCodes.unknownBoard, `board ${grant.boardId} does not exist`)
    }
    const role = connectionRole(
      grant.role,
      boardRoles.get(grant.userId),
      archived.has(grant.boardId),
    )
    if (!role) throw new SyncRefusal(closeCodes.forbidden, 'you are not a member of this board')
    return role
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.check(), intervalMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
  }

  /** Checks the open connections (of `boardId` only, when given) against the members now. */
  async check(boardId?: string): Promise<void> {
    // One round at a time; a request during a round is served by the next one.
    while (this.checking) await this.checking
    this.checking = this.checkOnce(boardId).finally(() => {
      this.checking = null
    })
    return this.checking
  }

  private async checkOnce(boardId?: string): Promise<void> {
    const open = [...this.connections()].filter((c) => !boardId || c.boardId === boardId)
    if (open.length === 0) return
    let current: Awaited<ReturnType<MemberRoles['rolesOn']>>
    try {
      current = await this.members.rolesOn([...new Set(open.map((c) => c.boardId))])
    } catch (error) {
      // The database is away: keep everyone connected and look again next round.
      this.log.warn('sync: could not check board members', error)
      return
    }
    for (const connection of open) {
      const boardRoles = current.roles.get(connection.boardId)
      if (!boardRoles) {
        connection.close(closeCodes.unknownBoard, 'this board was deleted')
        continue
      }
      const member = boardRoles.get(connection.userId)
      if (!member) {
        connection.close(closeCodes.forbidden, 'you were removed from this board')
        continue
      }
      const role = connectionRole(member, member, current.archived.has(connection.boardId))
      if (role && !atLeast(role, connection.role)) {
        connection.close(
          closeCodes.forbidden,
          `your role on this board is now ${role}; reload to continue`,
        )
      }
    }
  }
}

/** A connection's role: what its token says, never more than the member's role, viewer on archived boards. */
function connectionRole(
  tokenRole: BoardRole,
  memberRole: BoardRole | undefined,
  archived: boolean,
): BoardRole | null {
  if (!memberRole) return null
  const role = lowerRole(tokenRole, memberRole)
  return archived ? lowerRole(role, 'viewer') : role
}
