// Room tokens for members, checked: the live board opens with the member's role, or a lower one asked for.
import 'server-only'
import { appContext } from '../app-context'
import { succeeded, type Result } from '../result'
import { authorize, type BoardGrant } from './authorize'
import { lowerRole, type BoardRole } from './board-roles'
import { mintRoomToken } from './room-token'
import type { SignedInUser } from './users'

/** A room token as the browser gets it. */
export interface IssuedRoomToken {
  token: string
  role: BoardRole
  expiresAt: Date
}

/**
 * A token for the member of `grant` to open the board live: with their room role (viewer on
 * an archived board), or `asRole` when that is lower; never a higher one.
 */
export async function roomTokenFor(
  grant: BoardGrant,
  asRole?: BoardRole,
): Promise<IssuedRoomToken> {
  const { access, user } = grant
  const role = asRole ? lowerRole(asRole, access.roomRole) : access.roomRole
  const { signingSecret } = await appContext()
  const { token, expiresAt } = await mintRoomToken(
    { boardId: access.board.id, role, userId: user.id },
    signingSecret,
  )
  return { token, role, expiresAt }
}

/** A room token for anyone who can open the board (`POST /api/boards/<id>/token`). */
export async function issueRoomToken(
  actor: SignedInUser | null,
  input: { boardId: string; role?: BoardRole },
): Promise<Result<IssuedRoomToken>> {
  const granted = await authorize(actor, 'view', input.boardId)
  if (!granted.ok) return granted
  return succeeded(await roomTokenFor(granted.value, input.role))
}
