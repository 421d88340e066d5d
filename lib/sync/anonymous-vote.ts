// The messages of an anonymous vote: dots go to the server, which alone writes the ballots.
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import { messageTypes } from './protocol'

/**
 * One dot placed (`delta` 1) or taken back (-1) in an anonymous vote; 0 only asks which
 * ballot is the sender's. In an anonymous vote nobody writes a ballot into the board's doc
 * themselves: the Yjs client id on what they wrote would tie it to their presence (name and
 * user id). They send this instead, and the server writes the ballot under a pseudonym.
 */
export interface AnonymousDot {
  voteId: string
  targetId: string
  delta: -1 | 0 | 1
}

/** The server's answer to the sender of an {@link AnonymousDot}, sent to nobody else. */
export interface AnonymousBallotAnswer {
  voteId: string
  /** The sender's ballot id in this vote (its key is `ballot:<ballotId>`); '' when refused. */
  ballotId: string
  /** Why the dot was not placed, in words; '' when it was. */
  refused: string
}

export function encodeAnonymousDot(dot: AnonymousDot): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.anonymousDot)
  encoding.writeVarString(encoder, dot.voteId)
  encoding.writeVarString(encoder, dot.targetId)
  encoding.writeVarInt(encoder, dot.delta)
  return encoding.toUint8Array(encoder)
}

/** Reads an anonymous dot after its message type; throws when it is malformed. */
export function readAnonymousDot(decoder: decoding.Decoder): AnonymousDot {
  const voteId = decoding.readVarString(decoder)
  const targetId = decoding.readVarString(decoder)
  const delta = decoding.readVarInt(decoder)
  if (delta !== -1 && delta !== 0 && delta !== 1) throw new Error(`a dot moves by 1, not ${delta}`)
  if (!voteId || voteId.length > 200 || targetId.length > 200) throw new Error('bad vote or target')
  if (delta !== 0 && !targetId) throw new Error('a dot needs a target')
  return { voteId, targetId, delta }
}

export function encodeAnonymousBallotAnswer(answer: AnonymousBallotAnswer): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.anonymousBallot)
  encoding.writeVarString(encoder, answer.voteId)
  encoding.writeVarString(encoder, answer.ballotId)
  encoding.writeVarString(encoder, answer.refused)
  return encoding.toUint8Array(encoder)
}

/** Teaches a stock y-websocket provider the server's answers about one's anonymous ballot. */
export function listenToAnonymousBallot(
  provider: WebsocketProvider,
  listener: (answer: AnonymousBallotAnswer) => void,
): void {
  provider.messageHandlers[messageTypes.anonymousBallot] = (_encoder, decoder) => {
    listener({
      voteId: decoding.readVarString(decoder),
      ballotId: decoding.readVarString(decoder),
      refused: decoding.readVarString(decoder),
    })
  }
}
