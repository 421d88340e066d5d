// Personal API keys in the database: made (kept as a hash), listed, revoked, and looked up by key (no access checks).
import 'server-only'
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Database } from '../db/client'
import { apiKeys } from '../db/schema'
import { hashSecret, newSecret, randomId } from './secrets'

export interface ApiKey {
  id: string
  name: string
  prefix: string
  createdAt: Date
  lastUsedAt: Date | null
  revokedAt: Date | null
}

const keyPrefix = 'cbk_'

/** Makes a personal API key; the key itself is returned once and only its hash is kept. */
export async function createApiKey(
  db: Database,
  userId: string,
  name: string,
): Promise<{ apiKey: ApiKey; key: string }> {
  const key = newSecret(keyPrefix)
  const [row] = await db
    .insert(apiKeys)
    .values({
      id: randomId(),
      userId,
      name,
      secretHash: hashSecret(key),
      prefix: key.slice(0, keyPrefix.length + 6),
    })
    .returning()
  if (!row) throw new Error('the database returned no row for the new API key')
  return { apiKey: toApiKey(row), key }
}

export async function listApiKeys(db: Database, userId: string): Promise<ApiKey[]> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.userId, userId))
    .orderBy(desc(apiKeys.createdAt))
  return rows.map(toApiKey)
}

/** Revokes one of the user's keys at once; false when they have no such live key. */
export async function revokeApiKey(db: Database, userId: string, keyId: string): Promise<boolean> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id })
  return revoked.length > 0
}

/** The user a live key belongs to, noting its use; null for unknown or revoked keys. */
export async function userIdForApiKey(db: Database, key: string): Promise<string | null> {
  if (!key.startsWith(keyPrefix) || key.length > 100) return null
  const [row] = await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.secretHash, hashSecret(key)), isNull(apiKeys.revokedAt)))
    .returning({ userId: apiKeys.userId })
  return row?.userId ?? null
}

function toApiKey(row: typeof apiKeys.$inferSelect): ApiKey {
  const { id, name, prefix, createdAt, lastUsedAt, revokedAt } = row
  return { id, name, prefix, createdAt, lastUsedAt, revokedAt }
}
