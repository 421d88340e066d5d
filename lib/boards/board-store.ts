// The boards table: creating, listing, renaming, archiving and deleting rows (no access checks).
import 'server-only'
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm'
import type { Database } from '../db/client'
import { randomId } from '../auth/secrets'
import { appendUpdateInSlices } from '../db/bytea-slices'
import { boardMembers, boards, users } from '../db/schema'
import type { BoardKind } from '../kinds'
import type { BoardRole } from '../auth/board-roles'

export interface BoardSummary {
  id: string
  title: string
  kind: BoardKind
  createdAt: Date
  updatedAt: Date
  archivedAt: Date | null
}

/** Board ids are unguessable, URL-safe and short enough to read out in a workshop. */
const boardIdPattern = /^[a-z0-9]{16}$/

/** Whether a string can be a board id at all (anything else is answered like a missing board). */
export function isBoardId(value: string): boolean {
  return boardIdPattern.test(value)
}

/** Creates a board owned by `ownerId`; `seed` is the first update of its doc (a template, an import or a copy). */
export async function createBoard(
  db: Database,
  input: { title: string; kind: BoardKind },
  ownerId: string,
  seed?: Uint8Array,
): Promise<BoardSummary> {
  return db.transaction(async (tx) => {
    const [board] = await tx
      .insert(boards)
      .values({ id: randomId(), title: input.title, kind: input.kind })
      .returning()
    if (!board) throw new Error('the database returned no row for the new board')
    await tx.insert(boardMembers).values({ boardId: board.id, userId: ownerId, role: 'owner' })
    if (seed) await appendUpdateInSlices(tx, board.id, seed)
    return board
  })
}

/** A board as its member sees it on the dashboard. */
export interface MemberBoard extends BoardSummary {
  role: BoardRole
  /** Up to eight people who have had it open, most recent first. */
  visitors: string[]
}

/** The boards `userId` owns or joined, most recently edited first; archived ones apart. */
export async function boardsOf(
  db: Database,
  userId: string,
  options: { archived: boolean; limit?: number },
): Promise<MemberBoard[]> {
  const mine = await db
    .select({ board: boards, role: boardMembers.role })
    .from(boardMembers)
    .innerJoin(boards, eq(boards.id, boardMembers.boardId))
    .where(
      and(
        eq(boardMembers.userId, userId),
        options.archived ? isNotNull(boards.archivedAt) : isNull(boards.archivedAt),
      ),
    )
    .orderBy(desc(boards.updatedAt))
    .limit(options.limit ?? 200)
  if (mine.length === 0) return []
  const visits = await db
    .select({ boardId: boardMembers.boardId, name: users.name, email: users.email })
    .from(boardMembers)
    .innerJoin(users, eq(users.id, boardMembers.userId))
    .where(
      and(
        inArray(
          boardMembers.boardId,
          mine.map((row) => row.board.id),
        ),
        isNotNull(boardMembers.lastVisitAt),
      ),
    )
    .orderBy(desc(boardMembers.lastVisitAt))
  const visitors = new Map<string, string[]>()
  for (const visit of visits) {
    const names = visitors.get(visit.boardId) ?? []
    if (names.length < 8) names.push(visit.name ?? visit.email ?? 'Someone')
    visitors.set(visit.boardId, names)
  }
  return mine.map(({ board, role }) => ({ ...board, role, visitors: visitors.get(board.id) ?? [] }))
}

/** Gives a board a new title. */
/** The kind of a board, or null when there is no such board. */
export async function boardKindOf(db: Database, boardId: string): Promise<BoardKind | null> {
  const [board] = await db
    .select({ kind: boards.kind })
    .from(boards)
    .where(eq(boards.id, boardId))
    .limit(1)
  return board?.kind ?? null
}

export async function setBoardTitle(db: Database, boardId: string, title: string): Promise<void> {
  await db.update(boards).set({ title }).where(eq(boards.id, boardId))
}

/** Archives a board (read-only, off the main list) or brings it back. */
export async function setBoardArchived(
  db: Database,
  boardId: string,
  archived: boolean,
): Promise<void> {
  await db
    .update(boards)
    .set({ archivedAt: archived ? new Date() : null })
    .where(eq(boards.id, boardId))
}

/** Deletes a board and everything of it (log, snapshot, model, members, invites, versions). */
export async function removeBoard(db: Database, boardId: string): Promise<void> {
  await db.delete(boards).where(eq(boards.id, boardId))
}
