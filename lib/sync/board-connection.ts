/**
 * The browser's live connection to one board: the stock y-websocket provider, tokens and
 * reconnects.
 */
import type * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { encodeOnlyLocalUpdates } from './local-updates-only'
import type { RoomRole } from '@/lib/auth/room-token'
import { closeCodes } from './close-codes'
import { listenToSavingStatus } from './saving-status'

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused'

export interface BoardConnectionState {
  status: ConnectionStatus
  /** Why the server refused the connection, when it did. */
  reason?: string
  /** Connected, but the server says the board's changes are not being saved: why. */
  notSaving?: string
}

export interface BoardConnection {
  provider: WebsocketProvider
  destroy(): void
}

/** A room token as the app hands it out (rendered into the board page, or from the API). */
export interface RoomToken {
  token: string
  expiresAt: string
}

/** Asks the app for a room token; the message of a refusal is the server's own. */
export async function fetchRoomToken(boardId: string, role: RoomRole): Promise<RoomToken> {
  const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && 'error' in body ? String(body.error) : response.statusText
    throw new Error(message)
  }
  return body as RoomToken
}

/**
 * Connects a Y.Doc to a board with the stock y-websocket provider. Tokens are short-lived
 * and only needed to open a connection, so a fresh one is put in place before each expires;
 * a refusal for an expired token fetches a new one and reconnects.
 */
export function connectToBoard(options: {
  boardId: string
  doc: Y.Doc
  role: RoomRole
  token: RoomToken
  /** The room to open: the board's (the default), or the member's private room beside it. */
  room?: string
  onState(state: BoardConnectionState): void
}): BoardConnection {
  const { boardId, doc, role, onState } = options
  const origin = window.location.origin.replace(/^http/, 'ws')
  const provider = new WebsocketProvider(`${origin}/sync`, options.room ?? boardId, doc, {
    params: { token: options.token.token },
  })
  const stopSkippingReceived = encodeOnlyLocalUpdates(provider)
  let everConnected = false
  let destroyed = false
  let renewTimer: ReturnType<typeof setTimeout> | undefined
  /** What the server last said about saving on this connection (it says so again on the next). */
  let notSaving: string | undefined

  const report = (state: BoardConnectionState) => {
    if (state.status !== 'connected') notSaving = undefined
    if (!destroyed) onState(notSaving ? { ...state, notSaving } : state)
  }
  listenToSavingStatus(provider, (status) => {
    notSaving = status.saving ? undefined : status.reason
    if (provider.wsconnected) report({ status: 'connected' })
  })
  const scheduleRenewal = (expiresAt: string) => {
    const renewInMs = Math.max(5_000, new Date(expiresAt).getTime() - Date.now() - 60_000)
    renewTimer = setTimeout(() => void renew(), renewInMs)
  }
  const renew = async (): Promise<boolean> => {
    try {
      const next = await fetchRoomToken(boardId, role)
      provider.params = { token: next.token }
      scheduleRenewal(next.expiresAt)
      return true
    } catch {
      renewTimer = setTimeout(() => void renew(), 10_000)
      return false
    }
  }
  scheduleRenewal(options.token.expiresAt)

  provider.on('status', ({ status }) => {
    if (status === 'connected') everConnected = true
    if (status === 'connected') return report({ status: 'connected' })
    if (!navigator.onLine) return report({ status: 'offline' })
    report({ status: everConnected ? 'reconnecting' : 'connecting' })
  })
  provider.on('closed', ({ code, reason }) => {
    if (code === closeCodes.unauthorized) {
      report({ status: 'reconnecting' })
      void renew().then((renewed) => {
        if (renewed && !destroyed) provider.connect()
        else report({ status: 'refused', reason })
      })
      return
    }
    report({ status: 'refused', reason })
  })
  const onOffline = () => report({ status: 'offline' })
  // The socket may have survived a short outage: then nothing else announces the return.
  const onOnline = () => report({ status: provider.wsconnected ? 'connected' : 'reconnecting' })
  window.addEventListener('offline', onOffline)
  window.addEventListener('online', onOnline)

  return {
    provider,
    destroy() {
      destroyed = true
      clearTimeout(renewTimer)
      window.removeEventListener('offline', onOffline)
      window.removeEventListener('online', onOnline)
      stopSkippingReceived()
      provider.destroy()
    },
  }
}
