// Who is rendering a page or sending a server action: the person behind the session cookie.
import 'server-only'
import { cookies } from 'next/headers'
import { appContext } from '../app-context'
import { sessionUserId } from './session'
import { findUser, type SignedInUser } from './users'

/** The signed-in person of the page or server action being rendered, or null. */
export async function currentUser(): Promise<SignedInUser | null> {
  const context = await appContext()
  const store = await cookies()
  const userId = await sessionUserId((name) => store.get(name)?.value, context.signingSecret)
  return userId ? findUser(context.database.db, userId) : null
}
