// Invite links of boards: made, listed, revoked and looked up by secret (kept only as a hash).
import 'server-only'
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Database } from '../db/client'
import { boardInvites, boards } from '../db/schema'
import type { BoardSummary } from '../boards/board-store'
import type { InvitableRole } from '../auth/board-roles'
import { hashSecret, newSecret, randomId } from '../auth/secrets'

export interface BoardInvite {
  id: string
  boardId: string
  role: InvitableRole
  createdAt: Date
  expiresAt: Date | null
  revokedAt: Date | null
  uses: number
}

/** Invite secrets say what they are, so one pasted in the wrong place is recognisable. */
const invitePrefix = 'inv_'

/** Makes an invite link's secret; the path to share is `/join/<secret>`. Shown once. */
export async function createInvite(
  db: Database,
  input: { boardId: string; role: InvitableRole; createdBy: string; expiresAt: Date | null },
): Promise<{ invite: BoardInvite; secret: string }> {
  const secret = newSecret(invitePrefix)
  const [row] = await db
    .insert(boardInvites)
    .values({ id: randomId(), secretHash: hashSecret(secret), ...input })
    .returning()
  if (!row) throw new Error('the database returned no row for the new invite')
  return { invite: toInvite(row), secret }
}

/** A board's invite links, newest first, revoked ones included (so people see what happened). */
export async function listInvites(db: Database, boardId: string): Promise<BoardInvite[]> {
  const rows = await db
    .select()
    .from(boardInvites)
    .where(eq(boardInvites.boardId, boardId))
    .orderBy(desc(boardInvites.createdAt))
  return rows.map(toInvite)
}

/** Revokes one of a board's invites; false when the board has no such live invite. */
export async function revokeInvite(
  db: Database,
  boardId: string,
  inviteId: string,
): Promise<boolean> {
  const revoked = await db
    .update(boardInvites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(boardInvites.boardId, boardId),
        eq(boardInvites.id, inviteId),
        isNull(boardInvites.revokedAt),
      ),
    )
    .returning({ id: boardInvites.id })
  return revoked.length > 0
}

export type InviteLookup =
  { ok: true; invite: BoardInvite; board: BoardSummary } | { ok: false; reason: string }

/** The live invite behind a secret and its board, or why the link no longer works. */
export async function findInvite(
  db: Database,
  secret: string,
  now = new Date(),
): Promise<InviteLookup> {
  if (!secret.startsWith(invitePrefix) || secret.length > 100) {
    return { ok: false, reason: 'this is not an invite link' }
  }
  const [row] = await db
    .select({ invite: boardInvites, board: boards })
    .from(boardInvites)
    .innerJoin(boards, eq(boards.id, boardInvites.boardId))
    .where(eq(boardInvites.secretHash, hashSecret(secret)))
  if (!row) return { ok: false, reason: 'this invite link does not exist' }
  if (row.invite.revokedAt) return { ok: false, reason: 'this invite link was revoked' }
  if (row.invite.expiresAt && row.invite.expiresAt <= now) {
    return { ok: false, reason: 'this invite link has expired' }
  }
  return { ok: true, invite: toInvite(row.invite), board: row.board }
}

/** Counts one more person in through an invite. */
export async function countInviteUse(db: Database, inviteId: string): Promise<void> {
  await db
    .update(boardInvites)
    .set({ uses: sql`${boardInvites.uses} + 1` })
    .where(eq(boardInvites.id, inviteId))
}

function toInvite(row: typeof boardInvites.$inferSelect): BoardInvite {
  const { id, boardId, role, createdAt, expiresAt, revokedAt, uses } = row
  // Owner links are never made; a row saying so is read as the least role.
  return {
    id,
    boardId,
    role: role === 'owner' ? 'viewer' : role,
    createdAt,
    expiresAt,
    revokedAt,
    uses,
  }
}
