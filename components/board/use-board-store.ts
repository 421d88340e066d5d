'use client'

import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { atom, type TLStore, type TLStoreWithStatus } from 'tldraw'
import type { RoomRole } from '@/lib/auth/room-token'
import { createBoardStore } from '@/lib/shapes'
import {
  connectToBoard,
  fetchRoomToken,
  type BoardConnection,
  type BoardConnectionState,
  type RoomToken,
} from '@/lib/sync/board-connection'
import { StoreBinding } from '@/lib/sync/store-binding'

export interface BoardStoreState {
  storeWithStatus: TLStoreWithStatus
  connection: BoardConnectionState
  /** The live connection, once open (presence uses its awareness). */
  live: BoardConnection | null
  /** Records this client could not read and left out. */
  skippedRecords: string[]
  /** The board was saved by a newer version of Cubeboard: this tab must reload. */
  mustReload: boolean
}

/**
 * A tldraw store kept in sync with one board: connects the stock y-websocket provider (with
 * the token the page came with, or a fresh one) and binds the store to the Y.Doc once the
 * first sync is in. The store is handed out at once ('not-synced'), so tldraw mounts while
 * the board is still on its way.
 */
export function useBoardStore(
  boardId: string,
  role: RoomRole,
  initialToken?: RoomToken,
): BoardStoreState {
  const [state, setState] = useState<BoardStoreState>({
    storeWithStatus: { status: 'loading' },
    connection: { status: 'connecting' },
    live: null,
    skippedRecords: [],
    mustReload: false,
  })

  useEffect(() => {
    const doc = new Y.Doc()
    const collaborationStatus = atom<'online' | 'offline'>('collaboration status', 'offline')
    const store: TLStore = createBoardStore({
      collaboration: {
        status: collaborationStatus,
        mode: atom('collaboration mode', role === 'viewer' ? 'readonly' : 'readwrite'),
      },
    })
    const update = (change: Partial<BoardStoreState>) =>
      setState((previous) => ({ ...previous, ...change }))
    update({ storeWithStatus: { status: 'not-synced', store } })
    const binding = new StoreBinding({
      store,
      doc,
      readOnly: role === 'viewer',
      onSkippedRecord: (id, reason) => {
        console.warn(`Cubeboard: left out record ${id}: ${reason}`)
        setState((previous) => ({
          ...previous,
          skippedRecords: [...new Set([...previous.skippedRecords, id])],
        }))
      },
      onSchemaTooNew: () => update({ mustReload: true }),
    })
    let live: BoardConnection | null = null
    let cancelled = false

    ;(initialToken ? Promise.resolve(initialToken) : fetchRoomToken(boardId, role)).then(
      (token) => {
        if (cancelled) return
        live = connectToBoard({
          boardId,
          doc,
          role,
          token,
          onState: (connection) => {
            collaborationStatus.set(connection.status === 'connected' ? 'online' : 'offline')
            update({ connection })
          },
        })
        const connection = live
        connection.provider.once('sync', () => {
          if (cancelled) return
          binding.start()
          update({
            live: connection,
            storeWithStatus: { status: 'synced-remote', connectionStatus: 'online', store },
          })
        })
      },
      (error: unknown) => {
        if (cancelled) return
        const reason = error instanceof Error ? error.message : String(error)
        update({
          connection: { status: 'refused', reason },
          storeWithStatus: { status: 'error', error: new Error(reason) },
        })
      },
    )

    return () => {
      cancelled = true
      binding.dispose()
      live?.destroy()
      doc.destroy()
    }
  }, [boardId, role, initialToken])

  // tldraw wants to hear that the store went offline through the status it was given.
  const { storeWithStatus, connection } = state
  if (storeWithStatus.status === 'synced-remote') {
    const connectionStatus: 'online' | 'offline' =
      connection.status === 'connected' ? 'online' : 'offline'
    if (storeWithStatus.connectionStatus !== connectionStatus) {
      return { ...state, storeWithStatus: { ...storeWithStatus, connectionStatus } }
    }
  }
  return state
}
