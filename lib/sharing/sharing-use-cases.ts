// Sharing a board, checked: invite links (make, list, revoke) and members (list, change role, remove).
import 'server-only'
import { z } from 'zod'
import { appContext } from '../app-context'
import { authorize } from '../auth/authorize'
import { assignableRoles, invitableRoles } from '../auth/board-roles'
import { endSessions, type SignedInUser } from '../auth/users'
import { refused, succeeded, type Result } from '../result'
import { isRowId } from '../validation'
import { createInvite, listInvites, revokeInvite, type BoardInvite } from './invite-store'
import { changeMemberRole, listMembers, removeMember, type BoardMember } from './member-store'

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
  actor: SignedInUser | null,
  input: { boardId: string } & z.infer<typeof newInviteSchema>,
): Promise<Result<{ invite: BoardInvite; path: string }>> {
  const granted = await authorize(actor, 'invite', input.boardId)
  if (!granted.ok) return granted
  const { database } = await appContext()
  const expiresAt = input.expiresInHours
    ? new Date(Date.now() + input.expiresInHours * 3600_000)
    : null
  const { invite, secret } = await createInvite(database.db, {
    boardId: input.boardId,
    role: input.role,
    createdBy: granted.value.user.id,
    expiresAt,
  })
  return succeeded({ invite, path: `/join/${secret}` })
}

/** A board's invite links, revoked ones included (facilitators and the owner). */
export async function invitesOf(
  actor: SignedInUser | null,
  input: { boardId: string },
): Promise<Result<BoardInvite[]>> {
  const granted = await authorize(actor, 'invite', input.boardId)
  if (!granted.ok) return granted
  const { database } = await appContext()
  return succeeded(await listInvites(database.db, input.boardId))
}

/** Revokes an invite link: nobody new gets in with it (members who joined stay). */
export async function revokeBoardInvite(
  actor: SignedInUser | null,
  input: { boardId: string; inviteId: string },
): Promise<Result<null>> {
  const granted = await authorize(actor, 'invite', input.boardId)
  if (!granted.ok) return granted
  const { database } = await appContext()
  const live = isRowId(input.inviteId)
  if (!live || !(await revokeInvite(database.db, input.boardId, input.inviteId))) {
    return refused(404, `board ${input.boardId} has no live invite ${input.inviteId}`)
  }
  return succeeded(null)
}

/** The members of a board, for anyone who can open it. */
export async function membersOf(
  actor: SignedInUser | null,
  input: { boardId: string },
): Promise<Result<BoardMember[]>> {
  const granted = await authorize(actor, 'view', input.boardId)
  if (!granted.ok) return granted
  const { database } = await appContext()
  return succeeded(await listMembers(database.db, input.boardId))
}

/** A new role for a member, or their removal. */
export type MembershipChange = z.infer<typeof memberRoleSchema> | 'remove'

/**
 * Changes a member's role or removes them (owner only). Their open connections are checked
 * again at once, so a removed member is gone within seconds, on every instance; a removed
 * member's sessions end (they sign in again; a guest needs a new invite link).
 */
export async function changeMember(
  actor: SignedInUser | null,
  input: { boardId: string; memberId: string; change: MembershipChange },
): Promise<Result<null>> {
  const granted = await authorize(actor, 'manage-members', input.boardId)
  if (!granted.ok) return granted
  const { database, boards } = await appContext()
  const { boardId, memberId, change } = input
  if (!isRowId(memberId)) return refused(400, 'no such member, or they own the board')
  const result =
    change === 'remove'
      ? await removeMember(database.db, boardId, memberId)
      : await changeMemberRole(database.db, boardId, memberId, change.role)
  if (!result.ok) return refused(400, result.reason)
  // Removal is for people who must not get back in: their session cookies stop working too.
  if (change === 'remove') await endSessions(database.db, memberId)
  boards?.accessChanged(boardId)
  return succeeded(null)
}
