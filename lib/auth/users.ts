// The people who use Cubeboard: accounts and guests, as the rest of the app sees them.
import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client'
import { users, type UserKind } from '../db/schema'
import { randomId } from './secrets'

/** Who is asking: the person behind a session cookie or an API key. */
export interface SignedInUser {
  id: string
  name: string
  email: string | null
  kind: UserKind
}

/** Display names are what others see on cursors and member lists. */
export const displayNameLimit = 60

/** A display name as typed, trimmed and cut to the limit; null when nothing is left. */
export function cleanDisplayName(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const name = value.replace(/\s+/g, ' ').trim().slice(0, displayNameLimit)
  return name.length > 0 ? name : null
}

export async function findUser(db: Database, userId: string): Promise<SignedInUser | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId))
  return row ? toSignedIn(row) : null
}

/**
 * The person a session cookie made under `sessionVersion` belongs to; null once they
 * signed out or were removed from a board since (see `endSessions`).
 */
export async function findSessionUser(
  db: Database,
  userId: string,
  sessionVersion: number,
): Promise<SignedInUser | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion)))
  return row ? toSignedIn(row) : null
}

/** The session version new cookies of this person are made under; null for no such person. */
export async function sessionVersionOf(db: Database, userId: string): Promise<number | null> {
  const [row] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId))
  return row?.sessionVersion ?? null
}

/** Ends every session of this person: cookies made before stop working on every instance. */
export async function endSessions(db: Database, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
}

/** A guest: someone who joined from an invite link with just a name, no account. */
export async function createGuest(db: Database, name: string): Promise<SignedInUser> {
  const [row] = await db.insert(users).values({ id: randomId(), name, kind: 'guest' }).returning()
  if (!row) throw new Error('the database returned no row for the new guest')
  return toSignedIn(row)
}

/**
 * The local owner of that name, made on first sign-in. Only the embedded default offers
 * this (one machine, the people at it), so a name is enough to say who you are.
 */
export async function localUser(db: Database, name: string): Promise<SignedInUser> {
  const [existing] = await db
    .select()
    .from(users)
    .where(and(eq(users.kind, 'local'), eq(users.name, name)))
  if (existing) return toSignedIn(existing)
  const [row] = await db.insert(users).values({ id: randomId(), name, kind: 'local' }).returning()
  if (!row) throw new Error('the database returned no row for the new user')
  return toSignedIn(row)
}

function toSignedIn(row: typeof users.$inferSelect): SignedInUser {
  return {
    id: row.id,
    name: row.name ?? row.email ?? 'Someone',
    email: row.email,
    kind: row.kind,
  }
}
