// Who is rendering a page or sending a server action: the person behind the session cookie.
import 'server-only'
import { cookies } from 'next/headers'
import { appContext } from '../app-context'
import { sessionUser } from './session'
import type { SignedInUser } from './users'

/** The signed-in person of the page or server action being rendered, or null. */
export async function currentUser(): Promise<SignedInUser | null> {
  const context = await appContext()
  const store = await cookies()
  const readCookie = (name: string) => store.get(name)?.value
  return sessionUser(context.database.db, readCookie, context.signingSecret)
}
