// Room tokens: signed, short-lived grants to open one board on the live sync endpoint.
import { errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { boardRoles, type BoardRole } from './board-roles'

/** A connection's role in a room is the member's role on the board. */
export type RoomRole = BoardRole

export interface RoomGrant {
  boardId: string
  role: RoomRole
  /** The member the token was minted for; the sync server re-checks their membership. */
  userId: string
}

/** Tokens only open a connection; an open connection outlives its token. */
export const roomTokenLifetimeSeconds = 15 * 60

const audience = 'cubeboard:sync'
const claimsSchema = z.object({
  board: z.string().min(1),
  role: z.enum(boardRoles),
  sub: z.string().min(1),
})

/** Signs a short-lived token that lets one connection into one board with one role. */
export async function mintRoomToken(
  grant: RoomGrant,
  secret: Uint8Array,
  lifetimeSeconds = roomTokenLifetimeSeconds,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(Date.now() / 1000)
  const expiresAt = issuedAt + lifetimeSeconds
  const token = await new SignJWT({ board: grant.boardId, role: grant.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(grant.userId)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(secret)
  return { token, expiresAt: new Date(expiresAt * 1000) }
}

/** Why a token was refused, in words a person can act on. */
export class RoomTokenError extends Error {
  constructor(
    message: string,
    readonly expired: boolean,
  ) {
    super(message)
    this.name = 'RoomTokenError'
  }
}

/** Checks signature, audience and expiry; returns the grant or throws a RoomTokenError. */
export async function verifyRoomToken(token: string, secret: Uint8Array): Promise<RoomGrant> {
  try {
    const { payload } = await jwtVerify(token, secret, { audience, algorithms: ['HS256'] })
    const claims = claimsSchema.safeParse(payload)
    if (!claims.success) {
      throw new RoomTokenError('room token has no valid board, role or member', false)
    }
    return { boardId: claims.data.board, role: claims.data.role, userId: claims.data.sub }
  } catch (error) {
    if (error instanceof RoomTokenError) throw error
    if (error instanceof errors.JWTExpired) {
      throw new RoomTokenError('room token expired; ask for a new one', true)
    }
    throw new RoomTokenError('room token is not valid', false)
  }
}
