// The server's word to a board's clients on whether their changes are being stored.
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import { messageTypes } from './protocol'

/**
 * Whether the server is storing the board's changes. When its database is gone it keeps
 * them in memory, and so do the clients, until it is back; people should know meanwhile.
 */
export interface SavingStatus {
  saving: boolean
  /** Why not, in words for the people at the board. */
  reason: string
}

/** What people are told while the database is away. */
export const notSaving: SavingStatus = {
  saving: false,
  reason: 'the server cannot reach its database, so changes are not being saved',
}

export const saving: SavingStatus = { saving: true, reason: '' }

/** The protocol message carrying a saving status (message type `savingStatus`). */
export function encodeSavingStatus(status: SavingStatus): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.savingStatus)
  encoding.writeVarUint(encoder, status.saving ? 1 : 0)
  encoding.writeVarString(encoder, status.reason)
  return encoding.toUint8Array(encoder)
}

/**
 * Teaches a stock y-websocket provider the saving-status message: `listener` hears each
 * one. The server sends it only when storing stops or resumes (and to a newcomer while it
 * is stopped), so silence means saving.
 */
export function listenToSavingStatus(
  provider: WebsocketProvider,
  listener: (status: SavingStatus) => void,
): void {
  provider.messageHandlers[messageTypes.savingStatus] = (_encoder, decoder) => {
    const savingNow = decoding.readVarUint(decoder) === 1
    listener({ saving: savingNow, reason: decoding.readVarString(decoder) })
  }
}
