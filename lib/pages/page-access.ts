// The access preamble of pages: signed in (else off to sign in and back), and for board pages a member.
import 'server-only'
import { notFound, redirect } from 'next/navigation'
import { authorize, type BoardGrant } from '../auth/authorize'
import { currentUser } from '../auth/current-user'
import type { SignedInUser } from '../auth/users'
import type { Result } from '../result'

/** The person viewing the page; someone signed out goes to /signin, and comes back to `returnPath`. */
export async function pageUser(returnPath: string): Promise<SignedInUser> {
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnPath)}`)
  return user
}

/**
 * What every board page checks first: signed in (else to /signin and back to `returnPath`),
 * and a member of the board (else the not-found page, exactly as for a board that does not
 * exist). Every member may open a board, so nothing else is refused here: parts of a page
 * that need more of a role ask `allows(access, action)`.
 */
export async function boardPageAccess(boardId: string, returnPath: string): Promise<BoardGrant> {
  const granted = await authorize(await pageUser(returnPath), 'view', boardId)
  if (!granted.ok) notFound()
  return granted.value
}

/**
 * The value of something the page's viewer is always allowed (their own boards, say). A
 * refusal here is a fault in the page, not an answer for the viewer: it fails the render.
 */
export function allowedValue<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new Error(`a page read was refused (${result.status}): ${result.error}`)
}
