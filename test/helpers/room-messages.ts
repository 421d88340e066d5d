// Fake connections and protocol messages for driving rooms without a transport.
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { RoomRole } from '@/lib/auth/room-token'
import { messageTypes } from '@/lib/sync/protocol'
import type { RoomConnection } from '@/server/sync/room'
import type { SyncRefusal } from '@/server/sync/sync-refusal'

/**
 * A room connection that keeps every message the room sends it and the refusal it got.
 * Messages leave at once, unless `holdSent` keeps them from leaving (a reader that stalls).
 */
export class RecordingConnection implements RoomConnection {
  readonly received: Uint8Array[] = []
  refusal: SyncRefusal | null = null
  holdSent = false
  private readonly unsent: (() => void)[] = []
  constructor(
    readonly role: RoomRole = 'editor',
    readonly userId = 'member',
  ) {}
  send(message: Uint8Array, sent?: () => void) {
    this.received.push(message)
    if (!sent) return
    if (this.holdSent) this.unsent.push(sent)
    else sent()
  }
  /** Lets the held messages leave. */
  releaseSent() {
    this.holdSent = false
    for (const sent of this.unsent.splice(0)) sent()
  }
  refuse(refusal: SyncRefusal) {
    this.refusal ??= refusal
  }
}

/** A sync-protocol update message, as a client sends it. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An update from a doc of its own that sets `key` in the map `shapes`. */
export function editUpdate(key: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('shapes').set(key, true)
  return Y.encodeStateAsUpdate(doc)
}

/** An awareness message announcing `state` for the client of `clientDoc`. */
export function awarenessMessage(clientDoc: Y.Doc, state: Record<string, unknown>): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(clientDoc)
  awareness.setLocalState(state)
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.awareness)
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [clientDoc.clientID]),
  )
  awareness.destroy()
  return encoding.toUint8Array(encoder)
}
