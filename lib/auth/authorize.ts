// The one permission check every use case makes: signed in, a member, a role (or an account) that allows it.
import 'server-only'
import { and, eq } from 'drizzle-orm'
import { appContext } from '../app-context'
import { boardMembers, boards } from '../db/schema'
import { isBoardId, type BoardSummary } from '../boards/board-store'
import { refused, succeeded, type Refusal, type Result } from '../result'
import {
  isBoardAction,
  lowerRole,
  may,
  permissions,
  roleNames,
  type AccountAction,
  type Action,
  type BoardAction,
  type BoardRole,
} from './board-roles'
import type { SignedInUser } from './users'

/** A member's view of a board: the board and their role on it. */
export interface BoardAccess {
  board: BoardSummary
  role: BoardRole
  /** The role their connection gets: an archived board is read-only for everyone. */
  roomRole: BoardRole
}

/** Who may act on a board, and how: what `authorize` grants for a board action. */
export interface BoardGrant {
  user: SignedInUser
  access: BoardAccess
}

/** Why someone who is not signed in is refused, and what they can do. */
export const signInFirst = 'sign in first (or send Authorization: Bearer <API key>); see /signin'

/** The words every refusal of a board uses, whether it is missing or closed to this person. */
export function noSuchBoard(boardId: string): string {
  return `board ${boardId} does not exist or you have no access to it`
}

/** Whether this access allows the action; changing an archived board is never allowed. */
export function allows(access: BoardAccess, action: BoardAction): boolean {
  return may(permissions[action].changesBoard ? access.roomRole : access.role, action)
}

/**
 * Whether `actor` may take `action` on the board `boardId`, or on no board for account
 * actions: not signed in is 401; not a member is 404, the same answer as for a board that
 * does not exist (so ids cannot be probed); a role or a guest that the permission table
 * does not allow is 403, in a sentence that names the role.
 */
export async function authorize(
  actor: SignedInUser | null,
  action: BoardAction,
  boardId: string,
): Promise<Result<BoardGrant>>
export async function authorize(
  actor: SignedInUser | null,
  action: AccountAction,
): Promise<Result<SignedInUser>>
export async function authorize(
  actor: SignedInUser | null,
  action: Action,
  boardId?: string,
): Promise<Result<BoardGrant | SignedInUser>> {
  if (!actor) return refused(401, signInFirst)
  if (!isBoardAction(action)) return guestRefusal(actor, action) ?? succeeded(actor)
  if (boardId === undefined) throw new Error(`authorize: ${action} needs the id of a board`)
  const access = await memberAccess(actor.id, boardId)
  if (!access) return refused(404, noSuchBoard(boardId))
  const refusal = guestRefusal(actor, action) ?? roleRefusal(access, action)
  return refusal ?? succeeded({ user: actor, access })
}

function guestRefusal(actor: SignedInUser, action: Action): Refusal | null {
  const { guests, words } = permissions[action]
  if (guests || actor.kind !== 'guest') return null
  return refused(403, `guests cannot ${words}; sign in with an account`)
}

function roleRefusal(access: BoardAccess, action: BoardAction): Refusal | null {
  if (allows(access, action)) return null
  const why = access.board.archivedAt && access.role !== 'viewer' ? ' (the board is archived)' : ''
  const role = roleNames[access.role].toLowerCase()
  return refused(403, `as ${role} you cannot ${permissions[action].words}${why}`)
}

/** The access `userId` has to a board; null when it does not exist or they are not a member. */
async function memberAccess(userId: string, boardId: string): Promise<BoardAccess | null> {
  if (!isBoardId(boardId)) return null
  const { database } = await appContext()
  const [row] = await database.db
    .select({ board: boards, role: boardMembers.role })
    .from(boardMembers)
    .innerJoin(boards, eq(boards.id, boardMembers.boardId))
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
  if (!row) return null
  const roomRole = row.board.archivedAt ? lowerRole(row.role, 'viewer') : row.role
  return { board: row.board, role: row.role, roomRole }
}
