// A refusal of the sync server: a close code and a reason for one connection.
import type { CloseCode } from '@/lib/sync/close-codes'

/** A refusal of the sync server: closes one connection with a code and a reason. */
export class SyncRefusal extends Error {
  constructor(
    readonly code: CloseCode,
    reason: string,
  ) {
    // WebSocket close reasons are limited to 123 bytes.
    super(Buffer.byteLength(reason) > 123 ? reason.slice(0, 110) + '…' : reason)
    this.name = 'SyncRefusal'
  }
}
