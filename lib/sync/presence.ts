// Presence over Yjs awareness: this person's cursor and selection out, everyone else's in.
import type { Awareness } from 'y-protocols/awareness'
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'

export interface PresenceBindingOptions {
  store: TLStore
  awareness: Awareness
  /** Who this client is (name, colour); drives the presence others see. */
  user: Signal<TLUser | null>
  /** Cursor and selection go out at most this often. */
  intervalMs?: number
}

/**
 * Live presence through Yjs awareness: this client's cursor, selection, camera and name go
 * out as its awareness state; every other client's state comes in as a tldraw
 * instance_presence record (cursors, names, the people menu and follow mode use those).
 * They are never written to the document. Returns the function that stops it.
 */
export function bindPresence(options: PresenceBindingOptions): () => void {
  const { store, awareness } = options
  const intervalMs = options.intervalMs ?? 50
  const ownPresence = createPresenceStateDerivation(options.user)(store)
  let lastSentAt = 0
  let sendTimer: ReturnType<typeof setTimeout> | null = null

  const send = () => {
    sendTimer = null
    lastSentAt = Date.now()
    awareness.setLocalStateField('presence', ownPresence.get())
  }
  const stopReacting = react('send presence', () => {
    ownPresence.get()
    if (sendTimer) return
    const wait = intervalMs - (Date.now() - lastSentAt)
    if (wait <= 0) send()
    else sendTimer = setTimeout(send, wait)
  })

  const presenceIds = new Map<number, TLInstancePresence['id']>()
  const onAwarenessChange = ({ added, updated, removed }: Record<string, number[]>) => {
    const puts: TLInstancePresence[] = []
    const removals: TLInstancePresence['id'][] = []
    for (const clientId of [...(added ?? []), ...(updated ?? [])]) {
      if (clientId === awareness.clientID) continue
      const record = presenceRecordOf(store, clientId, awareness.getStates().get(clientId))
      if (record) {
        presenceIds.set(clientId, record.id)
        puts.push(record)
      }
    }
    for (const clientId of removed ?? []) {
      const id = presenceIds.get(clientId)
      presenceIds.delete(clientId)
      if (id && store.has(id)) removals.push(id)
    }
    if (puts.length === 0 && removals.length === 0) return
    store.mergeRemoteChanges(() => {
      if (removals.length) store.remove(removals)
      if (puts.length) store.put(puts)
    })
  }
  awareness.on('change', onAwarenessChange)
  onAwarenessChange({ added: [...awareness.getStates().keys()] })

  return () => {
    stopReacting()
    if (sendTimer) clearTimeout(sendTimer)
    awareness.off('change', onAwarenessChange)
    awareness.setLocalStateField('presence', null)
    const ids = [...presenceIds.values()].filter((id) => store.has(id))
    if (ids.length) store.mergeRemoteChanges(() => store.remove(ids))
  }
}

/** A peer's awareness state as a valid presence record, or null when it holds none. */
function presenceRecordOf(
  store: TLStore,
  clientId: number,
  state: Record<string, unknown> | undefined,
): TLInstancePresence | null {
  const presence = state?.presence
  if (!presence || typeof presence !== 'object') return null
  // One record per connection, whatever id the peer's store would have given it.
  const record = {
    ...(presence as TLInstancePresence),
    id: InstancePresenceRecordType.createId(String(clientId)),
  }
  try {
    return store.schema.validateRecord(store, record, 'createRecord', null) as TLInstancePresence
  } catch {
    return null
  }
}
