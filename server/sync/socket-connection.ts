// A room connection over a `ws` WebSocket, with a bound on what waits to be sent to it.
import type { WebSocket } from 'ws'
import type { RoomRole } from '@/lib/auth/room-token'
import { closeCodes, maxQueuedBytes } from '@/lib/sync/close-codes'
import type { RoomConnection } from './room'
import { SyncRefusal } from './sync-refusal'

/**
 * A room connection over a `ws` WebSocket: one protocol message per binary frame. What
 * the socket has not yet handed to the network is bounded: a client that reads too slowly
 * (or not at all) is closed with 4509 once more than `maxQueuedBytes` wait for it, besides
 * the one sync answer the room may have on its way to it.
 */
export class SocketConnection implements RoomConnection {
  lastSentAt = Date.now()
  /** When the client last showed it is there: a message from it, or a pong. */
  lastHeardAt = Date.now()
  closing = false
  /** Refused: nothing more it sends is read. */
  refused = false
  /** Bytes of messages sent with a `sent` callback (sync answers) not yet handed on. */
  private answerBytes = 0

  constructor(
    readonly socket: WebSocket,
    readonly boardId: string,
    readonly userId: string,
    readonly role: RoomRole,
    /** Called once when the connection is refused (the room must let it go). */
    private readonly onRefused: (refusal: SyncRefusal) => void = () => {},
  ) {
    socket.on('pong', () => {
      this.lastHeardAt = Date.now()
    })
  }

  send(message: Uint8Array, sent?: () => void): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return
    if (this.socket.bufferedAmount - this.answerBytes > maxQueuedBytes) {
      const refusal = new SyncRefusal(
        closeCodes.tooFarBehind,
        `over ${maxQueuedBytes / 1024 / 1024} MiB waiting to be sent: the connection reads too slowly`,
      )
      this.refused = true
      this.close(refusal.code, refusal.message)
      // The room may be sending to everyone right now: it lets go of this one afterwards.
      queueMicrotask(() => this.onRefused(refusal))
      return
    }
    if (!sent) {
      this.socket.send(message, { binary: true })
    } else {
      this.answerBytes += message.byteLength
      this.socket.send(message, { binary: true }, () => {
        this.answerBytes -= message.byteLength
        sent()
      })
    }
    this.lastSentAt = Date.now()
  }

  refuse(refusal: SyncRefusal): void {
    if (this.refused) return
    this.refused = true
    this.close(refusal.code, refusal.message)
    this.onRefused(refusal)
  }

  close(code: number, reason: string): void {
    if (this.closing) return
    this.closing = true
    this.socket.close(code, reason)
  }
}
