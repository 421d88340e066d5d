'use client'

import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import {
  connectToBoard,
  fetchRoomToken,
  type BoardConnectionState,
} from '@/lib/sync/board-connection'

const statusText = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — your changes are kept and sent when you are back',
  refused: 'Not connected',
} as const

/** Opens the board's live connection and shows its state and who else is here. */
export function BoardLiveStatus({ boardId }: { boardId: string }) {
  const [state, setState] = useState<BoardConnectionState>({ status: 'connecting' })
  const [participants, setParticipants] = useState(0)

  useEffect(() => {
    const doc = new Y.Doc()
    let connection: ReturnType<typeof connectToBoard> | null = null
    let cancelled = false
    fetchRoomToken(boardId, 'editor').then(
      (token) => {
        if (cancelled) return
        connection = connectToBoard({ boardId, doc, role: 'editor', token, onState: setState })
        const awareness = connection.provider.awareness
        const count = () => setParticipants(awareness.getStates().size)
        awareness.on('change', count)
        count()
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'refused', reason: String((error as Error).message) })
      },
    )
    return () => {
      cancelled = true
      connection?.destroy()
      doc.destroy()
    }
  }, [boardId])

  return (
    <p>
      <span className="status" data-status={state.status} role="status">
        {statusText[state.status]}
        {state.reason ? `: ${state.reason}` : ''}
      </span>
      {state.status === 'connected' ? <span className="muted"> · {participants} here</span> : null}
    </p>
  )
}
