import type { Database } from '../db/client'
import { accessAllows, boardAccess, noSuchBoard, type BoardAccess } from './board-access'
import { roleNames, type BoardAction } from './board-roles'
import type { SignedInUser } from './users'

export type AccessRefusal = { ok: false; status: 401 | 403 | 404; error: string }
export type CheckedAccess = { ok: true; user: SignedInUser; access: BoardAccess } | AccessRefusal

/** Why someone who is not signed in is refused, and what they can do. */
export const signInFirst = 'sign in first (or send Authorization: Bearer <API key>); see /signin'

const actionWords: Record<BoardAction, string> = {
  view: 'open this board',
  edit: 'edit this board',
  facilitate: 'facilitate on this board',
  invite: 'make or revoke invite links',
  'save-version': 'save versions',
  'restore-version': 'restore versions',
  'manage-members': 'change members',
  rename: 'rename this board',
  archive: 'archive or restore this board',
  delete: 'delete this board',
}

/**
 * The one check every route, page and action makes before touching a board: signed in
 * (401), a member (404, the same answer as for a board that does not exist, so ids cannot
 * be probed), with a role that allows the action (403).
 */
export async function checkBoardAccess(
  db: Database,
  user: SignedInUser | null,
  boardId: string,
  action: BoardAction,
): Promise<CheckedAccess> {
  if (!user) return { ok: false, status: 401, error: signInFirst }
  const access = await boardAccess(db, user.id, boardId)
  if (!access) return { ok: false, status: 404, error: noSuchBoard(boardId) }
  if (!accessAllows(access, action)) {
    const why =
      access.board.archivedAt && access.role !== 'viewer' ? ' (the board is archived)' : ''
    return {
      ok: false,
      status: 403,
      error: `as ${roleNames[access.role].toLowerCase()} you cannot ${actionWords[action]}${why}`,
    }
  }
  return { ok: true, user, access }
}
