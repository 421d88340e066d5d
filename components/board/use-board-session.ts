// One board's Y.Doc and its live connection, as a React hook.
'use client'

import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import type { RoomRole } from '@/lib/auth/room-token'
import {
  connectToBoard,
  fetchRoomToken,
  type BoardConnection,
  type BoardConnectionState,
  type RoomToken,
} from '@/lib/sync/board-connection'
import { applyPageState } from '@/lib/sync/page-state'
import { privateRoomName } from '@/lib/sync/private-room'
import { errorMessage } from '@/lib/error-message'

/** One board's Y.Doc and its live connection. */
export interface BoardSession {
  doc: Y.Doc
  /**
   * The doc of my private room, where what I add in private mode lives until it is
   * revealed (nobody else receives it); null for viewers, who add nothing, and for
   * facilitators, whose additions are never private.
   */
  privateDoc: Y.Doc | null
  connection: BoardConnectionState
  /** The open connection (presence uses its awareness); null until the token is in. */
  live: BoardConnection | null
  /** Resolves once the first sync with the server is done: the docs hold the board and my private items. */
  synced: Promise<void>
  isSynced: boolean
}

/**
 * The board's doc and its connection. The connection opens as soon as the page runs,
 * before the canvas code has loaded, so the board is usually in the doc by the time tldraw
 * mounts. When the page brought the board's state (`pageState`), the doc holds it before
 * the connection opens: the first sync then only brings what changed since the page was
 * rendered, a few bytes where the socket would otherwise bring the whole board.
 */
export function useBoardSession(
  boardId: string,
  role: RoomRole,
  /** The signed-in member: their private room is opened beside the board's. */
  userId: string,
  initialToken?: RoomToken,
  /** The board's doc as the server had it when rendering the page (`pageStateOfDoc`). */
  pageState?: string,
): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null)

  useEffect(() => {
    const doc = new Y.Doc()
    if (pageState) applyPageState(doc, pageState)
    // Only participants' additions are private in private mode (facilitators' never are).
    const privateDoc = role === 'editor' ? new Y.Doc() : null
    let live: BoardConnection | null = null
    let privateLive: BoardConnection | null = null
    let cancelled = false
    let markSynced = () => {}
    const synced = new Promise<void>((resolve) => (markSynced = resolve))
    const update = (change: Partial<BoardSession>) =>
      setSession((previous) => (previous && !cancelled ? { ...previous, ...change } : previous))
    const firstSync = (connection: BoardConnection) =>
      new Promise<void>((resolve) => connection.provider.once('sync', () => resolve()))
    const openConnection = () =>
      (initialToken ? Promise.resolve(initialToken) : fetchRoomToken(boardId, role)).then(
        (token) => {
          if (cancelled) return
          const connection = connectToBoard({
            boardId,
            doc,
            role,
            token,
            onState: (state) => update({ connection: state }),
          })
          live = connection
          const syncs = [firstSync(connection)]
          if (privateDoc) {
            // The board's connection says how the board is connected; a refusal of the
            // private room alone (there is none without the board's) is only logged.
            privateLive = connectToBoard({
              boardId,
              doc: privateDoc,
              role,
              token,
              room: privateRoomName(boardId, userId),
              onState: (state) => {
                if (state.status === 'refused') {
                  console.warn(`Cubeboard: my private room was refused: ${state.reason}`)
                }
              },
            })
            syncs.push(firstSync(privateLive))
          }
          update({ live: connection })
          void Promise.all(syncs).then(() => {
            markSynced()
            update({ isSynced: true })
          })
        },
        (error: unknown) => {
          update({ connection: { status: 'refused', reason: errorMessage(error) } })
        },
      )
    // The doc and its socket are made here, where React can also tear them down (Strict
    // Mode mounts twice); state is how render gets hold of them.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession({
      doc,
      privateDoc,
      connection: { status: 'connecting' },
      live: null,
      synced,
      isSynced: false,
    })

    openConnection()
    return () => {
      cancelled = true
      live?.destroy()
      privateLive?.destroy()
      doc.destroy()
      privateDoc?.destroy()
    }
  }, [boardId, role, userId, initialToken, pageState])

  return session
}
