// Who sent an API request: the person behind an API key or a browser's session cookie.
import 'server-only'
import { appContext } from '../app-context'
import { userIdForApiKey } from './api-key-store'
import { sessionUser } from './session'
import { findUser, type SignedInUser } from './users'

/**
 * Who sent an API request: `Authorization: Bearer <API key>`, or the session cookie of a
 * signed-in browser. Null when neither holds a live key or session.
 */
export async function userFromRequest(request: Request): Promise<SignedInUser | null> {
  const context = await appContext()
  const { db } = context.database
  const authorization = request.headers.get('authorization')
  if (authorization) {
    const [scheme, key] = authorization.split(/\s+/, 2)
    if (scheme?.toLowerCase() !== 'bearer' || !key) return null
    const userId = await userIdForApiKey(db, key)
    return userId ? findUser(db, userId) : null
  }
  const cookies = parseCookies(request.headers.get('cookie') ?? '')
  return sessionUser(db, (name) => cookies.get(name), context.signingSecret)
}

function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator < 0) continue
    const name = part.slice(0, separator).trim()
    const value = part.slice(separator + 1).trim()
    try {
      cookies.set(name, decodeURIComponent(value))
    } catch {
      cookies.set(name, value)
    }
  }
  return cookies
}
