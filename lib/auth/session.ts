// next-auth's session cookies read outside next-auth (the sync server, the API).
import 'server-only'
import { decode } from 'next-auth/jwt'

/** next-auth's session cookie: `__Secure-` when the app is served over https. */
export const sessionCookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token']

/** next-auth derives its own keys from this; room tokens use the bytes directly (jose). */
export function sessionSecret(signingSecret: Uint8Array): string {
  return new TextDecoder().decode(signingSecret)
}

/** The user id in a session cookie, or null when there is none or it does not verify. */
export async function sessionUserId(
  readCookie: (name: string) => string | undefined,
  signingSecret: Uint8Array,
): Promise<string | null> {
  for (const name of sessionCookieNames) {
    const value = readCookie(name)
    if (!value) continue
    try {
      const token = await decode({ token: value, secret: sessionSecret(signingSecret) })
      if (token?.sub) return token.sub
    } catch {
      // A cookie from another secret or a damaged one: treated as signed out.
    }
  }
  return null
}
