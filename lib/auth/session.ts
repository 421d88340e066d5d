// next-auth's session cookie, read: who it belongs to, while the sessions it was made in have not ended.
import 'server-only'
import { decode } from 'next-auth/jwt'
import type { Database } from '../db/client'
import { findSessionUser, type SignedInUser } from './users'

/** next-auth's session cookie: `__Secure-` when the app is served over https. */
export const sessionCookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token']

/** The claim of a session cookie that holds the session version it was made under. */
export const sessionVersionClaim = 'sv'

/** next-auth derives its own keys from this; room tokens use the bytes directly (jose). */
export function sessionSecret(signingSecret: Uint8Array): string {
  return new TextDecoder().decode(signingSecret)
}

/** What a verified session cookie says: whose it is and the session version it was made under. */
export interface SessionClaims {
  userId: string
  sessionVersion: number
}

/** The claims of a session cookie, or null when there is none or it does not verify. */
export async function sessionClaims(
  readCookie: (name: string) => string | undefined,
  signingSecret: Uint8Array,
): Promise<SessionClaims | null> {
  for (const name of sessionCookieNames) {
    const value = readCookie(name)
    if (!value) continue
    try {
      const token = await decode({ token: value, secret: sessionSecret(signingSecret) })
      if (!token?.sub) continue
      const version = token[sessionVersionClaim]
      // Cookies made before session versions existed were made under the first one.
      return { userId: token.sub, sessionVersion: typeof version === 'number' ? version : 0 }
    } catch {
      // A cookie from another secret or a damaged one: treated as signed out.
    }
  }
  return null
}

/** The signed-in person behind the session cookie; null without one, or once its session ended. */
export async function sessionUser(
  db: Database,
  readCookie: (name: string) => string | undefined,
  signingSecret: Uint8Array,
): Promise<SignedInUser | null> {
  const claims = await sessionClaims(readCookie, signingSecret)
  return claims ? findSessionUser(db, claims.userId, claims.sessionVersion) : null
}
