import { describe, expect, it } from 'vitest'
import { SignJWT } from 'jose'
import { mintRoomToken, verifyRoomToken } from '@/lib/auth/room-token'

const secret = new TextEncoder().encode('a-secret-for-room-token-tests-0123456789')

describe('room tokens', () => {
  it('carry the board and role they were minted for', async () => {
    const { token, expiresAt } = await mintRoomToken(
      { boardId: 'b1', role: 'viewer', userId: 'u1' },
      secret,
    )
    expect(await verifyRoomToken(token, secret)).toEqual({
      boardId: 'b1',
      role: 'viewer',
      userId: 'u1',
    })
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now())
  })

  it('are refused once expired, saying so', async () => {
    const { token } = await mintRoomToken(
      { boardId: 'b1', role: 'editor', userId: 'u1' },
      secret,
      -1,
    )
    await expect(verifyRoomToken(token, secret)).rejects.toMatchObject({ expired: true })
  })

  it('are refused when signed with another secret', async () => {
    const other = new TextEncoder().encode('another-secret-entirely-0123456789abcdef')
    const { token } = await mintRoomToken({ boardId: 'b1', role: 'editor', userId: 'u1' }, other)
    await expect(verifyRoomToken(token, secret)).rejects.toThrow('room token is not valid')
  })

  it('are refused with an unknown role even when signed correctly', async () => {
    const token = await new SignJWT({ board: 'b1', role: 'owner' })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('cubeboard:sync')
      .setExpirationTime('1m')
      .sign(secret)
    await expect(verifyRoomToken(token, secret)).rejects.toThrow('no valid board, role or member')
  })
})
