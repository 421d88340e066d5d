import { z } from 'zod'
import { appContext } from './app-context'
import { checkBoardAccess, type AccessRefusal } from './auth/access-check'
import { assignableRoles, invitableRoles } from './auth/board-roles'
import { createInvite, listInvites, revokeInvite, type BoardInvite } from './auth/invites'
import { changeMemberRole, listMembers, removeMember, type BoardMember } from './auth/members'
import type { SignedInUser } from './auth/users'

/** The result of a sharing operation, or why it was refused (with the HTTP status to use). */
export type Shared<T> =
  { ok: true; value: T } | AccessRefusal | { ok: false; status: 400; error: string }

export const newInviteSchema = z.object({
  role: z.enum(invitableRoles, { error: `role must be one of: ${invitableRoles.join(', ')}` }),
  /** Hours until the link stops working; none: until revoked. */
  expiresInHours: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .optional(),
})

export const memberRoleSchema = z.object({
  role: z.enum(assignableRoles, { error: `role must be one of: ${assignableRoles.join(', ')}` }),
})

/** Makes an invite link (facilitators and the owner); the secret is in `path`, shown once. */
export async function inviteToBoard(
  user: SignedInUser | null,
  boardId: string,
  input: z.infer<typeof newInviteSchema>,
): Promise<Shared<{ invite: BoardInvite; path: string }>> {
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'invite')
  if (!checked.ok) return checked
  const expiresAt = input.expiresInHours
    ? new Date(Date.now() + input.expiresInHours * 3600_000)
    : null
  const { invite, secret } = await createInvite(database.db, {
    boardId,
    role: input.role,
    createdBy: checked.user.id,
    expiresAt,
  })
  return { ok: true, value: { invite, path: `/join/${secret}` } }
}

export async function invitesOf(
  user: SignedInUser | null,
  boardId: string,
): Promise<Shared<BoardInvite[]>> {
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'invite')
  if (!checked.ok) return checked
  return { ok: true, value: await listInvites(database.db, boardId) }
}

/** Revokes an invite link: nobody new gets in with it (members who joined stay). */
export async function revokeBoardInvite(
  user: SignedInUser | null,
  boardId: string,
  inviteId: string,
): Promise<Shared<null>> {
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'invite')
  if (!checked.ok) return checked
  if (!(await revokeInvite(database.db, boardId, inviteId))) {
    return { ok: false, status: 404, error: `board ${boardId} has no live invite ${inviteId}` }
  }
  return { ok: true, value: null }
}

/** The members of a board, for anyone who can open it. */
export async function membersOf(
  user: SignedInUser | null,
  boardId: string,
): Promise<Shared<BoardMember[]>> {
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'view')
  if (!checked.ok) return checked
  return { ok: true, value: await listMembers(database.db, boardId) }
}

/**
 * Changes a member's role or removes them (owner only). Their open connections are checked
 * again at once, so a removed member is gone within seconds, on every instance.
 */
export async function changeMember(
  user: SignedInUser | null,
  boardId: string,
  memberId: string,
  change: z.infer<typeof memberRoleSchema> | 'remove',
): Promise<Shared<null>> {
  const { database, boards } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'manage-members')
  if (!checked.ok) return checked
  const result =
    change === 'remove'
      ? await removeMember(database.db, boardId, memberId)
      : await changeMemberRole(database.db, boardId, memberId, change.role)
  if (!result.ok) return { ok: false, status: 400, error: result.reason }
  boards?.accessChanged(boardId)
  return { ok: true, value: null }
}
