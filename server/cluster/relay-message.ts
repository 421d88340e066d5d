// What instances tell each other about one board, and how it is written on the wire.
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'

/** What instances tell each other about one board. */
export type RelayMessage =
  /**
   * A Yjs update. `sequence` numbers the sender's own clients' updates so that it can
   * confirm writing them; 0 marks an update already in the database (a resync's).
   */
  | { kind: 'update'; sender: string; update: Uint8Array; sequence: number }
  /** The sender has written its updates of this board up to `sequence`. */
  | { kind: 'written'; sender: string; sequence: number }
  /** Awareness changes of the sender's own clients. */
  | { kind: 'awareness'; sender: string; update: Uint8Array }
  /** "Send me what I miss": the sender's state vector. */
  | { kind: 'sync-request'; sender: string; stateVector: Uint8Array }
  /** The answer to one instance's request: what it missed, and the replier's state vector. */
  | {
      kind: 'sync-reply'
      sender: string
      target: string
      update: Uint8Array
      stateVector: Uint8Array
    }

const kinds = ['update', 'awareness', 'sync-request', 'sync-reply', 'written'] as const

/** Encodes a relay message with lib0, the encoding Yjs itself uses. */
export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, kinds.indexOf(message.kind))
  encoding.writeVarString(encoder, message.sender)
  switch (message.kind) {
    case 'update':
      encoding.writeVarUint8Array(encoder, message.update)
      encoding.writeVarUint(encoder, message.sequence)
      break
    case 'awareness':
      encoding.writeVarUint8Array(encoder, message.update)
      break
    case 'written':
      encoding.writeVarUint(encoder, message.sequence)
      break
    case 'sync-request':
      encoding.writeVarUint8Array(encoder, message.stateVector)
      break
    case 'sync-reply':
      encoding.writeVarString(encoder, message.target)
      encoding.writeVarUint8Array(encoder, message.update)
      encoding.writeVarUint8Array(encoder, message.stateVector)
  }
  return encoding.toUint8Array(encoder)
}

/** Decodes a relay message; throws on anything malformed. */
export function decodeRelayMessage(bytes: Uint8Array): RelayMessage {
  const decoder = decoding.createDecoder(bytes)
  const kind = kinds[decoding.readVarUint(decoder)]
  const sender = decoding.readVarString(decoder)
  switch (kind) {
    case 'update':
      return {
        kind,
        sender,
        update: decoding.readVarUint8Array(decoder),
        sequence: decoding.readVarUint(decoder),
      }
    case 'awareness':
      return { kind, sender, update: decoding.readVarUint8Array(decoder) }
    case 'written':
      return { kind, sender, sequence: decoding.readVarUint(decoder) }
    case 'sync-request':
      return { kind, sender, stateVector: decoding.readVarUint8Array(decoder) }
    case 'sync-reply':
      return {
        kind,
        sender,
        target: decoding.readVarString(decoder),
        update: decoding.readVarUint8Array(decoder),
        stateVector: decoding.readVarUint8Array(decoder),
      }
    default:
      throw new Error('unknown relay message kind')
  }
}
