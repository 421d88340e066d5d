// next-auth's adapter over our tables: users, accounts and email sign-in tokens.
import 'server-only'
import { and, eq } from 'drizzle-orm'
import type { Adapter, AdapterAccount, AdapterUser } from 'next-auth/adapters'
import type { Database } from '../db/client'
import { accounts, users, verificationTokens } from '../db/schema'
import { randomId } from './secrets'

/**
 * next-auth's store for accounts and email sign-in links, on our drizzle schema. Sessions
 * are JWT cookies, so only the user, account and verification-token parts are needed.
 */
export function drizzleAdapter(db: Database): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, 'id'>) {
      const [row] = await db
        .insert(users)
        .values({
          id: randomId(),
          name: user.name ?? null,
          email: user.email,
          emailVerified: user.emailVerified,
          image: user.image ?? null,
          kind: 'account',
        })
        .returning()
      return toAdapterUser(row!)
    },
    async getUser(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id))
      return row ? toAdapterUser(row) : null
    },
    async getUserByEmail(email) {
      const [row] = await db.select().from(users).where(eq(users.email, email))
      return row ? toAdapterUser(row) : null
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const [row] = await db
        .select({ user: users })
        .from(accounts)
        .innerJoin(users, eq(users.id, accounts.userId))
        .where(
          and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)),
        )
      return row ? toAdapterUser(row.user) : null
    },
    async updateUser({ id, ...changes }) {
      const [row] = await db
        .update(users)
        .set({
          ...(changes.name !== undefined && { name: changes.name }),
          ...(changes.email !== undefined && { email: changes.email }),
          ...(changes.emailVerified !== undefined && { emailVerified: changes.emailVerified }),
          ...(changes.image !== undefined && { image: changes.image }),
        })
        .where(eq(users.id, id))
        .returning()
      if (!row) throw new Error(`user ${id} does not exist`)
      return toAdapterUser(row)
    },
    async linkAccount(account: AdapterAccount) {
      await db.insert(accounts).values({
        userId: account.userId,
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        refreshToken: account.refresh_token ?? null,
        accessToken: account.access_token ?? null,
        expiresAt: account.expires_at ?? null,
        tokenType: account.token_type ?? null,
        scope: account.scope ?? null,
        idToken: account.id_token ?? null,
        sessionState: typeof account.session_state === 'string' ? account.session_state : null,
      })
    },
    async createVerificationToken(token) {
      await db.insert(verificationTokens).values(token)
      return token
    },
    async useVerificationToken({ identifier, token }) {
      const [row] = await db
        .delete(verificationTokens)
        .where(
          and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)),
        )
        .returning()
      return row ?? null
    },
  }
}

function toAdapterUser(row: typeof users.$inferSelect): AdapterUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email ?? '',
    emailVerified: row.emailVerified,
    image: row.image,
  }
}
