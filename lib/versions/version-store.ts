// The versions table: whole-doc states of boards saved under a name (no access checks).
import { and, desc, eq } from 'drizzle-orm'
import type { Database } from '../db/client'
import { boardVersions, users } from '../db/schema'
import { randomId } from '../auth/secrets'

/** A saved version as lists show it (its state stays in the database until opened). */
export interface BoardVersion {
  id: string
  boardId: string
  name: string
  automatic: boolean
  createdAt: Date
  createdByName: string | null
}

/** Longest version name kept; longer automatic names are cut. */
export const versionNameLimit = 120

/** Saves the whole doc of a board under a name. */
export async function saveVersion(
  db: Database,
  input: {
    boardId: string
    name: string
    state: Uint8Array
    automatic: boolean
    createdBy: string | null
  },
): Promise<BoardVersion> {
  const [row] = await db
    .insert(boardVersions)
    .values({ id: randomId(), ...input, name: input.name.slice(0, versionNameLimit) })
    .returning()
  if (!row) throw new Error('the database returned no row for the new version')
  return {
    id: row.id,
    boardId: row.boardId,
    name: row.name,
    automatic: row.automatic,
    createdAt: row.createdAt,
    createdByName: null,
  }
}

/**
 * How long a board is left alone before its next edits are a new session of work: until
 * then, the session's automatic version is kept up to date rather than another one added.
 */
export const sessionGapMs = 30 * 60_000

/**
 * Saves the board as its session of work ended: one automatic version per session. When the
 * board's newest version is automatic and from less than `gapMs` ago (people came back, or a
 * connection dropped and the room left memory), that one is brought up to date instead.
 */
export async function saveSessionVersion(
  db: Database,
  input: { boardId: string; state: Uint8Array; at?: Date; gapMs?: number },
): Promise<void> {
  const { boardId, state, at = new Date(), gapMs = sessionGapMs } = input
  const name = `Session ended ${versionTime(at)}`
  await db.transaction(async (tx) => {
    const [newest] = await tx
      .select({
        id: boardVersions.id,
        automatic: boardVersions.automatic,
        at: boardVersions.createdAt,
      })
      .from(boardVersions)
      .where(eq(boardVersions.boardId, boardId))
      .orderBy(desc(boardVersions.createdAt))
      .limit(1)
    if (newest?.automatic && at.getTime() - newest.at.getTime() < gapMs) {
      await tx
        .update(boardVersions)
        .set({ name, state, createdAt: at })
        .where(eq(boardVersions.id, newest.id))
      return
    }
    await tx.insert(boardVersions).values({
      id: randomId(),
      boardId,
      name,
      state,
      automatic: true,
      createdBy: null,
      createdAt: at,
    })
  })
}

/** A board's versions, newest first. */
export async function listVersions(db: Database, boardId: string): Promise<BoardVersion[]> {
  const rows = await db
    .select({
      id: boardVersions.id,
      boardId: boardVersions.boardId,
      name: boardVersions.name,
      automatic: boardVersions.automatic,
      createdAt: boardVersions.createdAt,
      createdByName: users.name,
    })
    .from(boardVersions)
    .leftJoin(users, eq(users.id, boardVersions.createdBy))
    .where(eq(boardVersions.boardId, boardId))
    .orderBy(desc(boardVersions.createdAt))
  return rows
}

/** One version of a board with its state; null when the board has no such version. */
export async function findVersion(
  db: Database,
  boardId: string,
  versionId: string,
): Promise<(BoardVersion & { state: Uint8Array }) | null> {
  const [row] = await db
    .select()
    .from(boardVersions)
    .where(and(eq(boardVersions.boardId, boardId), eq(boardVersions.id, versionId)))
  if (!row) return null
  return {
    id: row.id,
    boardId: row.boardId,
    name: row.name,
    automatic: row.automatic,
    createdAt: row.createdAt,
    createdByName: null,
    state: row.state,
  }
}

/** "22 Nov 2026, 14:05 UTC": how automatic version names say when. */
export function versionTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
