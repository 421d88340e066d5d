import type { BoardConnectionState } from '@/lib/sync/board-connection'

const statusText = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting… your changes are kept',
  offline: 'Offline — your changes are kept and sent when you are back',
  refused: 'Not connected',
} as const

/** Connected / reconnecting / offline, in words (colour is never the only signal). */
export function ConnectionIndicator({ state }: { state: BoardConnectionState }) {
  return (
    <span className="status" data-status={state.status} role="status">
      {statusText[state.status]}
      {state.reason ? `: ${state.reason}` : ''}
    </span>
  )
}
