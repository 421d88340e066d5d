// A member's private room beside a board's room: where what they add in private mode lives until it is revealed.
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import { privateMetaKey } from '@/lib/model/record-marks'
import { messageTypes } from './protocol'
import { docLayout } from './record-layout'

/**
 * What a participant adds in private mode is never written into the board's doc, which
 * every member's client receives: it goes into their own private room, a doc of the same
 * layout that only a connection of that member opens. The facilitator's reveal moves its
 * records into the board (at the server) and empties it.
 */
const privateSegment = '/private/'

/** The y-websocket room name of a member's private room on a board. */
export function privateRoomName(boardId: string, memberId: string): string {
  return `${boardId}${privateSegment}${memberId}`
}

/** The room a sync path names: a board's room, or a member's private room beside it. */
export interface RoomAddress {
  boardId: string
  /** Set for a private room: whose it is. */
  privateTo: string | null
}

/** Reads a room name (`<boardId>` or `<boardId>/private/<memberId>`); null when it is neither. */
export function parseRoomName(name: string): RoomAddress | null {
  const [boardId, memberId, ...rest] = name.split(privateSegment)
  if (!boardId || boardId.includes('/') || rest.length > 0) return null
  if (memberId === undefined) return { boardId, privateTo: null }
  if (!memberId || memberId.includes('/')) return null
  return { boardId, privateTo: memberId }
}

/** A record as the routing needs it: its id and marks. */
interface RoutedRecord {
  id: string
  meta?: Record<string, unknown>
}

/**
 * Whether a record belongs in the member's private doc rather than the board's: it is
 * there already, or it is new (in neither) and marked private to them. By where a record
 * is rather than by its mark alone, so a revealed item (now in the board) is edited there,
 * and so are items older clients wrote into the board marked private.
 */
export function belongsInPrivateDoc(
  board: Y.Doc,
  privateDoc: Y.Doc,
  memberId: string,
): (record: RoutedRecord) => boolean {
  const boardRecords = board.getMap(docLayout.records)
  const privateRecords = privateDoc.getMap(docLayout.records)
  return (record) =>
    privateRecords.has(record.id) ||
    (!boardRecords.has(record.id) && record.meta?.[privateMetaKey] === memberId)
}

/** A facilitator's request to reveal every private item of the board (message type `revealPrivate`). */
export function encodeRevealRequest(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.revealPrivate)
  return encoding.toUint8Array(encoder)
}

/** The server's answer to the one who asked for a reveal. */
export interface RevealAnswer {
  /** How many private items went into the board. */
  revealed: number
  /** Why nothing was revealed, in words; '' when the reveal ran. */
  refused: string
}

export function encodeRevealAnswer(answer: RevealAnswer): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.privateRevealed)
  encoding.writeVarUint(encoder, answer.revealed)
  encoding.writeVarString(encoder, answer.refused)
  return encoding.toUint8Array(encoder)
}

/** Teaches a stock y-websocket provider the server's answer to a reveal request. */
export function listenToRevealAnswers(
  provider: WebsocketProvider,
  listener: (answer: RevealAnswer) => void,
): void {
  provider.messageHandlers[messageTypes.privateRevealed] = (_encoder, decoder) => {
    listener({
      revealed: decoding.readVarUint(decoder),
      refused: decoding.readVarString(decoder),
    })
  }
}
