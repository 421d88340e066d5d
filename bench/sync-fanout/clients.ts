import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { connectClient } from '@/test/helpers/server'
import type { SyncEndpoint } from './servers'

// Every stock provider adds a process 'exit' listener; the bench holds a thousand at once.
process.setMaxListeners(0)

/** One stock y-websocket client in this process. */
export interface StockClient {
  doc: Y.Doc
  provider: WebsocketProvider
}

/**
 * Connects one stock client per entry of `boardIds` (repeat an id for several clients in one
 * board), `batchSize` at a time, and resolves once all of them have synced.
 */
export async function connectClients(
  endpoint: SyncEndpoint,
  boardIds: readonly string[],
  batchSize = 50,
): Promise<StockClient[]> {
  const clients: StockClient[] = []
  for (let start = 0; start < boardIds.length; start += batchSize) {
    const batch = boardIds.slice(start, start + batchSize)
    clients.push(...(await Promise.all(batch.map((boardId) => connectSynced(endpoint, boardId)))))
  }
  return clients
}

/**
 * Connects one stock client and resolves with it once synced. A refusal or a client that
 * never syncs is a broken setup, not a slow one, so that rejects.
 */
export async function connectSynced(endpoint: SyncEndpoint, boardId: string): Promise<StockClient> {
  const client = connectClient(endpoint.syncUrl, boardId, await endpoint.tokenFor(boardId))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      disconnectClients([client])
      reject(new Error(`${endpoint.label}: a client of board ${boardId} did not sync in 60 s`))
    }, 60_000)
    client.provider.once('sync', () => {
      clearTimeout(timer)
      resolve()
    })
    client.provider.once('closed', ({ code, reason }) => {
      clearTimeout(timer)
      reject(
        new Error(`${endpoint.label}: board ${boardId} refused the client (${code} ${reason})`),
      )
    })
  })
  return client
}

/** Closes clients and frees their docs. */
export function disconnectClients(clients: Iterable<StockClient>): void {
  for (const { doc, provider } of clients) {
    provider.destroy()
    doc.destroy()
  }
}
