// The live connection's state in words: connected, reconnecting, offline.
import type { BoardConnectionState } from '@/lib/sync/board-connection'

const statusText = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting… your changes are kept',
  offline: 'Offline — your changes are kept and sent when you are back',
  refused: 'Not connected',
} as const

/**
 * Connected / reconnecting / offline, in words (colour is never the only signal). Until
 * the first sync is in, the board shows the page's state of it read-only, and says so. While
 * the server cannot store changes (its database is gone), it says that too.
 */
export function ConnectionIndicator({
  state,
  synced,
}: {
  state: BoardConnectionState
  synced: boolean
}) {
  const loading = state.status === 'connected' && !synced
  if (state.notSaving) {
    return (
      <span className="status" data-status="not-saving" role="status">
        Connected · {state.notSaving}: keep this tab open, your changes are kept here
      </span>
    )
  }
  return (
    <span className="status" data-status={state.status} role="status">
      {loading ? 'Connected · loading the live board…' : statusText[state.status]}
      {state.reason ? `: ${state.reason}` : ''}
    </span>
  )
}
