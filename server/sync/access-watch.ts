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

type MembersNow = Awaited<ReturnType<MemberRoles['rolesOn']>>

/** A connection as the watch sees it. */
export interface WatchedConnection {
  readonly boardId: string
  readonly userId: string
  readonly role: BoardRole
  close(code: number, reason: string): void
}

/**
 * Boards asked about in one query. A round over 1,000 open boards is then ten short queries,
 * each one short turn of the event loop (PGlite answers on it, and any driver builds the
 * query and reads its rows there), instead of one long one that holds up every room.
 */
const boardsPerQuery = 100

/**
 * Room tokens live 15 minutes and a connection outlives its token, so membership is
 * checked again: when a connection opens, every `intervalMs` for every open board (a
 * query per 100 boards, so a change made by another instance lands within seconds), and at
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
    const openOn = new Map<string, WatchedConnection[]>()
    for (const connection of this.connections()) {
      if (boardId && connection.boardId !== boardId) continue
      const onBoard = openOn.get(connection.boardId)
      if (onBoard) onBoard.push(connection)
      else openOn.set(connection.boardId, [connection])
    }
    const boardIds = [...openOn.keys()]
    for (let start = 0; start < boardIds.length; start += boardsPerQuery) {
      const some = boardIds.slice(start, start + boardsPerQuery)
      let current: MembersNow
      try {
        current = await this.members.rolesOn(some)
      } catch (error) {
        // The database is away: keep everyone connected and look again next round.
        this.log.warn('sync: could not check board members', error)
        return
      }
      for (const id of some) {
        for (const connection of openOn.get(id)!) checkConnection(connection, current)
      }
    }
  }
}

/** Closes a connection whose member was removed, or whose role dropped below the connection's. */
function checkConnection(connection: WatchedConnection, current: MembersNow): void {
  const boardRoles = current.roles.get(connection.boardId)
  if (!boardRoles) return connection.close(closeCodes.unknownBoard, 'this board was deleted')
  const member = boardRoles.get(connection.userId)
  if (!member) return connection.close(closeCodes.forbidden, 'you were removed from this board')
  const role = connectionRole(member, member, current.archived.has(connection.boardId))
  if (role && !atLeast(role, connection.role)) {
    connection.close(
      closeCodes.forbidden,
      `your role on this board is now ${role}; reload to continue`,
    )
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
