import type { Database } from '../db/client'
import type { BoardSummary } from '../boards'
import type { BoardRole } from './board-roles'
import { countInviteUse, findInvite } from './invites'
import { addMember } from './members'
import type { SignedInUser } from './users'

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
