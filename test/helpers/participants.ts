import type { TLStore } from 'tldraw'
import { StoreBinding } from '@/lib/sync/store-binding'
import { closeClient, connectClient, tokenFor, whenSynced } from './server'
import { newStore } from './tldraw-stores'

/** Someone at the board: a stock y-websocket client with a board store bound to its doc. */
export interface Participant {
  store: TLStore
  binding: StoreBinding
  client: ReturnType<typeof connectClient>
}

export async function joinBoard(syncUrl: string, boardId: string): Promise<Participant> {
  const client = connectClient(syncUrl, boardId, await tokenFor(boardId))
  await whenSynced(client.provider)
  const store = newStore()
  const binding = new StoreBinding({ store, doc: client.doc })
  binding.start()
  return { store, binding, client }
}

export function leaveBoard({ binding, client }: Participant): void {
  binding.dispose()
  closeClient(client)
}
