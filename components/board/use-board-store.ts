// A tldraw store of the board kind's shapes, bound to the board's Y.Doc, as a React hook.
'use client'

import { useEffect, useState } from 'react'
import { atom, type TLStoreWithStatus } from 'tldraw'
import type { RoomRole } from '@/lib/auth/room-token'
import { createBoardStore, type ShapeSchema } from '@/lib/shapes'
import { belongsInPrivateDoc } from '@/lib/sync/private-room'
import { inNextTask, StoreBinding } from '@/lib/sync/store-binding'
import type { BoardSession } from './use-board-session'

export interface BoardStoreState {
  storeWithStatus: TLStoreWithStatus
  /** Records this client could not read and left out. */
  skippedRecords: string[]
  /** The board was saved by a newer version of Cubeboard: this tab must reload. */
  mustReload: boolean
}

/**
 * A tldraw store bound to the session's doc. When the doc is synced already, the store
 * starts full and editable; otherwise it is handed out 'not-synced', showing what the doc
 * holds (the page's state of the board, so tldraw's first frame shows every shape), and
 * opens for editing when the first sync is in. My private items are bound to my private
 * room's doc instead, so they never enter the board's doc.
 */
export function useBoardStore(
  session: BoardSession,
  role: RoomRole,
  /** The signed-in member, whose private items go to their private room. */
  userId: string,
  /** The board kind's shapes (the same array for the same kind). */
  shapes: readonly ShapeSchema[],
): BoardStoreState {
  const { doc, privateDoc, synced, connection } = session
  const [state, setState] = useState<BoardStoreState>({
    storeWithStatus: { status: 'loading' },
    skippedRecords: [],
    mustReload: false,
  })
  const [collaborationStatus] = useState(() =>
    atom<'online' | 'offline'>('collaboration status', 'offline'),
  )
  useEffect(() => {
    collaborationStatus.set(connection.status === 'connected' ? 'online' : 'offline')
  }, [collaborationStatus, connection.status])

  useEffect(() => {
    const store = createBoardStore({
      shapes,
      collaboration: {
        status: collaborationStatus,
        mode: atom('collaboration mode', role === 'viewer' ? 'readonly' : 'readwrite'),
      },
    })
    const update = (change: Partial<BoardStoreState>) =>
      setState((previous) => ({ ...previous, ...change }))
    const bindingOptions = {
      store,
      scheduleRemoteMerge: inNextTask,
      onSkippedRecord: (id: string, reason: string) => {
        console.warn(`Cubeboard: left out record ${id}: ${reason}`)
        setState((previous) => ({
          ...previous,
          skippedRecords: [...new Set([...previous.skippedRecords, id])],
        }))
      },
      onSchemaTooNew: () => update({ mustReload: true }),
    }
    const isPrivate = privateDoc ? belongsInPrivateDoc(doc, privateDoc, userId) : null
    const binding = new StoreBinding({
      ...bindingOptions,
      doc,
      readOnly: role === 'viewer',
      owns: isPrivate ? (record) => !isPrivate(record) : undefined,
    })
    const privateBinding =
      privateDoc && isPrivate
        ? new StoreBinding({ ...bindingOptions, doc: privateDoc, owns: isPrivate })
        : null
    let cancelled = false
    const startSynced = () => {
      binding.start()
      privateBinding?.start()
      update({ storeWithStatus: { status: 'synced-remote', connectionStatus: 'online', store } })
    }
    if (session.isSynced) startSynced()
    else {
      binding.showDoc()
      update({ storeWithStatus: { status: 'not-synced', store } })
      void synced.then(() => {
        if (!cancelled) startSynced()
      })
    }
    return () => {
      cancelled = true
      binding.dispose()
      privateBinding?.dispose()
    }
    // The store belongs to the doc; later sync events reach it through `synced`.
  }, [doc, privateDoc, userId, synced, role, collaborationStatus, shapes])

  // tldraw wants to hear that the store went offline through the status it was given.
  const { storeWithStatus } = state
  if (storeWithStatus.status === 'synced-remote') {
    const connectionStatus: 'online' | 'offline' =
      connection.status === 'connected' ? 'online' : 'offline'
    if (storeWithStatus.connectionStatus !== connectionStatus) {
      return { ...state, storeWithStatus: { ...storeWithStatus, connectionStatus } }
    }
  }
  return state
}
