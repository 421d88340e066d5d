// A room connection over a `ws` WebSocket: one protocol message per binary frame.
import type { WebSocket } from 'ws'
import type { RoomRole } from '@/lib/auth/room-token'
import type { RoomConnection } from './room'

/** A room connection over a `ws` WebSocket: one protocol message per binary frame. */
export class SocketConnection implements RoomConnection {
  lastSentAt = Date.now()
  lastPongAt = Date.now()
  closing = false

  constructor(
    readonly socket: WebSocket,
    readonly boardId: string,
    readonly userId: string,
    readonly role: RoomRole,
  ) {
    socket.on('pong', () => {
      this.lastPongAt = Date.now()
    })
  }

  send(message: Uint8Array): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return
    this.socket.send(message, { binary: true })
    this.lastSentAt = Date.now()
  }

  close(code: number, reason: string): void {
    if (this.closing) return
    this.closing = true
    this.socket.close(code, reason)
  }
}
