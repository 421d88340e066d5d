import { and, eq } from 'drizzle-orm'
import type { Database } from '../db/client'
import { boardMembers, boards } from '../db/schema'
import { isBoardId, type BoardSummary } from '../boards'
import { lowerRole, may, type BoardAction, type BoardRole } from './board-roles'

/** A member's view of a board: the board and their role on it. */
export interface BoardAccess {
  board: BoardSummary
  role: BoardRole
  /** The role their connection gets: an archived board is read-only for everyone. */
  roomRole: BoardRole
}

/**
 * The access `userId` has to a board, or null when the board does not exist or they are
 * not a member: callers answer both the same way, so ids cannot be probed.
 */
export async function boardAccess(
  db: Database,
  userId: string,
  boardId: string,
): Promise<BoardAccess | null> {
  if (!isBoardId(boardId)) return null
  const [row] = await db
    .select({ board: boards, role: boardMembers.role })
    .from(boardMembers)
    .innerJoin(boards, eq(boards.id, boardMembers.boardId))
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
  if (!row) return null
  const roomRole = row.board.archivedAt ? lowerRole(row.role, 'viewer') : row.role
  return { board: row.board, role: row.role, roomRole }
}

/** Whether this access allows the action; editing an archived board is never allowed. */
export function accessAllows(access: BoardAccess | null, action: BoardAction): boolean {
  if (!access) return false
  if (action === 'edit' || action === 'restore-version') return may(access.roomRole, action)
  return may(access.role, action)
}

/** The words every refusal of a board uses, whether it is missing or closed to this person. */
export function noSuchBoard(boardId: string): string {
  return `board ${boardId} does not exist or you have no access to it`
}
