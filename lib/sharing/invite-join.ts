// Joining a board through an invite link: as a new guest or as someone signed in.
import 'server-only'
import { appContext } from '../app-context'
import type { Database } from '../db/client'
import { refused, succeeded, type Result } from '../result'
import type { BoardSummary } from '../boards/board-store'
import { authorize } from '../auth/authorize'
import type { BoardRole } from '../auth/board-roles'
import type { SignedInUser } from '../auth/users'
import { countInviteUse, findInvite } from './invite-store'
import { addMember } from './member-store'

export type InviteJoin =
  | { ok: true; user: SignedInUser; board: BoardSummary; role: BoardRole }
  | { ok: false; reason: string }

/**
 * Lets someone in through an invite link: checks the link first, then asks `who` for the
 * person (a new guest is made only for a link that works) and makes them a member.
 */
export async function joinByInvite(
  db: Database,
  secret: string,
  who: () => Promise<SignedInUser>,
): Promise<InviteJoin> {
  const found = await findInvite(db, secret)
  if (!found.ok) return found
  const user = await who()
  const role = await addMember(db, found.board.id, user.id, found.invite.role)
  await countInviteUse(db, found.invite.id)
  return { ok: true, user, board: found.board, role }
}

/** Someone signed in joins a board from an invite link, with the role the link gives. */
export async function joinAsMember(
  actor: SignedInUser | null,
  input: { secret: string },
): Promise<Result<BoardSummary>> {
  const granted = await authorize(actor, 'join-board')
  if (!granted.ok) return granted
  const { database } = await appContext()
  const joined = await joinByInvite(database.db, input.secret, async () => granted.value)
  if (!joined.ok) return refused(404, joined.reason)
  return succeeded(joined.board)
}
