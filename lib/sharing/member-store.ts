// Board members: who is on which board with which role, and what they saw when they last left.
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client'
import { boardMembers, boards, users, type UserKind } from '../db/schema'
import { atLeast, type BoardRole } from '../auth/board-roles'

export interface BoardMember {
  userId: string
  name: string
  kind: UserKind
  role: BoardRole
  joinedAt: Date
  lastVisitAt: Date | null
}

/**
 * Makes `userId` a member with at least `role`: joining again from a link with a higher
 * role raises theirs, a lower one never takes rights away.
 */
export async function addMember(
  db: Database,
  boardId: string,
  userId: string,
  role: BoardRole,
): Promise<BoardRole> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: boardMembers.role })
      .from(boardMembers)
      .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
      .for('update')
    if (current && atLeast(current.role, role)) return current.role
    await tx
      .insert(boardMembers)
      .values({ boardId, userId, role })
      .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.userId], set: { role } })
    return role
  })
}

/** The members of a board, owner first, then by when they joined. */
export async function listMembers(db: Database, boardId: string): Promise<BoardMember[]> {
  const rows = await db
    .select({
      userId: boardMembers.userId,
      name: users.name,
      email: users.email,
      kind: users.kind,
      role: boardMembers.role,
      joinedAt: boardMembers.joinedAt,
      lastVisitAt: boardMembers.lastVisitAt,
    })
    .from(boardMembers)
    .innerJoin(users, eq(users.id, boardMembers.userId))
    .where(eq(boardMembers.boardId, boardId))
    .orderBy(sql`${boardMembers.role} = 'owner' desc`, asc(boardMembers.joinedAt))
  return rows.map(({ email, name, ...member }) => ({
    ...member,
    name: name ?? email ?? 'Someone',
  }))
}

export type MemberChange = { ok: true } | { ok: false; reason: string }

/** Gives a member another role; the owner's role is not changed this way. */
export async function changeMemberRole(
  db: Database,
  boardId: string,
  userId: string,
  role: Exclude<BoardRole, 'owner'>,
): Promise<MemberChange> {
  const changed = await db
    .update(boardMembers)
    .set({ role })
    .where(
      and(
        eq(boardMembers.boardId, boardId),
        eq(boardMembers.userId, userId),
        sql`${boardMembers.role} <> 'owner'`,
      ),
    )
    .returning({ userId: boardMembers.userId })
  return changed.length > 0
    ? { ok: true }
    : { ok: false, reason: 'no such member, or they own the board' }
}

/** Removes a member; the owner cannot be removed. */
export async function removeMember(
  db: Database,
  boardId: string,
  userId: string,
): Promise<MemberChange> {
  const removed = await db
    .delete(boardMembers)
    .where(
      and(
        eq(boardMembers.boardId, boardId),
        eq(boardMembers.userId, userId),
        sql`${boardMembers.role} <> 'owner'`,
      ),
    )
    .returning({ userId: boardMembers.userId })
  return removed.length > 0
    ? { ok: true }
    : { ok: false, reason: 'no such member, or they own the board' }
}

/** Notes that a member had the board open now, and what its model was when they left. */
export async function recordVisit(
  db: Database,
  boardId: string,
  userId: string,
  seenModelJson?: string,
): Promise<void> {
  await db
    .update(boardMembers)
    .set(
      seenModelJson === undefined
        ? { lastVisitAt: new Date() }
        : // The model worker's JSON text goes in as it is, never parsed on the server's thread.
          { lastVisitAt: new Date(), seenModel: sql`${seenModelJson}::jsonb` },
    )
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
}

/** What a member saw when they last left the board, and when. */
export async function lastVisitOf(
  db: Database,
  boardId: string,
  userId: string,
): Promise<{ at: Date; seenModel: unknown } | null> {
  const [row] = await db
    .select({ at: boardMembers.lastVisitAt, seenModel: boardMembers.seenModel })
    .from(boardMembers)
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
  if (!row?.at) return null
  return { at: row.at, seenModel: row.seenModel }
}

/**
 * The roles of everyone on these boards, and which boards are archived (for the sync server,
 * which asks about its open boards every 2 s): one query with one parameter however many
 * boards, so it costs neither a parameter per board to build and parse nor a second query,
 * and the same text every time, so it stays prepared.
 */
export async function rolesOnBoards(
  db: Database,
  boardIds: string[],
): Promise<{ roles: Map<string, Map<string, BoardRole>>; archived: Set<string> }> {
  const roles = new Map<string, Map<string, BoardRole>>()
  const archived = new Set<string>()
  if (boardIds.length === 0) return { roles, archived }
  const rows = await db
    .select({
      boardId: boards.id,
      archivedAt: boards.archivedAt,
      userId: boardMembers.userId,
      role: boardMembers.role,
    })
    .from(boards)
    .leftJoin(boardMembers, eq(boardMembers.boardId, boards.id))
    .where(sql`${boards.id} = any(${sql.param(boardIds)}::text[])`)
    .prepare('roles on boards')
    .execute()
  for (const { boardId, archivedAt, userId, role } of rows) {
    let members = roles.get(boardId)
    if (!members) roles.set(boardId, (members = new Map()))
    // A board nobody is a member of comes back once, without a member.
    if (userId && role) members.set(userId, role)
    if (archivedAt) archived.add(boardId)
  }
  return { roles, archived }
}
