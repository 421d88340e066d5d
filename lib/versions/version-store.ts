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
 * How long a board rests before edits start a new session of work. Each session of work
 * keeps one automatic version: a participant reloading or a flaky connection ends a room's
 * life many times an hour, and a version each time buried the ones people named.
 */
export const sessionRestMs = 30 * 60_000

/** How the automatic version of a session of work is named: "Session ended <when>". */
const sessionVersionPrefix = 'Session ended '

/**
 * Saves the board as its session of work left it. Within `sessionRestMs` of the board's
 * latest version, when that is this session's own automatic version, it is brought up to
 * date instead of adding another; after a rest, or after any other version, a new one.
 */
export async function saveSessionVersion(
  db: Database,
  input: { boardId: string; state: Uint8Array; at: Date },
): Promise<BoardVersion> {
  const { boardId, state, at } = input
  const [latest] = await db
    .select()
    .from(boardVersions)
    .where(eq(boardVersions.boardId, boardId))
    .orderBy(desc(boardVersions.createdAt))
    .limit(1)
  const sameSession =
    latest?.automatic &&
    latest.createdBy === null &&
    latest.name.startsWith(sessionVersionPrefix) &&
    at.getTime() - latest.createdAt.getTime() < sessionRestMs
  if (!latest || !sameSession) {
    return saveVersion(db, {
      boardId,
      name: `${sessionVersionPrefix}${versionTime(at)}`,
      state,
      automatic: true,
      createdBy: null,
    })
  }
  const [row] = await db
    .update(boardVersions)
    .set({ state, name: `${sessionVersionPrefix}${versionTime(at)}`, createdAt: at })
    .where(eq(boardVersions.id, latest.id))
    .returning()
  if (!row) throw new Error(`version ${latest.id} of board ${boardId} went while it was saved`)
  const { id, name, automatic, createdAt } = row
  return { id, boardId, name, automatic, createdAt, createdByName: null }
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
