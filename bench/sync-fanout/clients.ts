// The clients every bench drives: stock y-websocket providers, or Hocuspocus's own provider for Hocuspocus.
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { closeClient, connectClient } from '@/test/helpers/server'
import type { SyncEndpoint } from './servers'

// Every stock provider adds a process 'exit' listener; the bench holds thousands at once.
process.setMaxListeners(0)

/** One client in this process: a doc kept in sync with one board of one server. */
export interface BenchClient {
  doc: Y.Doc
  close(): void
}

/**
 * Connects one client per entry of `boardIds` (repeat an id for several clients in one
 * board), `batchSize` at a time, and resolves once all of them have synced.
 */
export async function connectClients(
  endpoint: SyncEndpoint,
  boardIds: readonly string[],
  batchSize = 50,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = []
  for (let start = 0; start < boardIds.length; start += batchSize) {
    const batch = boardIds.slice(start, start + batchSize)
    clients.push(...(await Promise.all(batch.map((boardId) => connectSynced(endpoint, boardId)))))
  }
  return clients
}

/**
 * Connects one client, in the protocol its server speaks, and resolves with it once synced.
 * A refusal or a client that never syncs is a broken setup, not a slow one, so that rejects.
 */
export async function connectSynced(endpoint: SyncEndpoint, boardId: string): Promise<BenchClient> {
  const token = await endpoint.tokenFor(boardId)
  return new Promise<BenchClient>((resolve, reject) => {
    const connecting =
      endpoint.protocol === 'hocuspocus'
        ? connectHocuspocus(endpoint.syncUrl, boardId, token)
        : connectStock(endpoint.syncUrl, boardId, token)
    const timer = setTimeout(() => {
      connecting.client.close()
      reject(new Error(`${endpoint.label}: a client of board ${boardId} did not sync in 60 s`))
    }, 60_000)
    connecting.onSynced(() => {
      clearTimeout(timer)
      resolve(connecting.client)
    })
    connecting.onRefused((why) => {
      clearTimeout(timer)
      reject(new Error(`${endpoint.label}: board ${boardId} refused the client (${why})`))
    })
  })
}

/** Closes clients and frees their docs. */
export function disconnectClients(clients: Iterable<BenchClient>): void {
  for (const client of clients) client.close()
}

interface Connecting {
  client: BenchClient
  onSynced(listener: () => void): void
  onRefused(listener: (why: string) => void): void
}

function connectStock(syncUrl: string, boardId: string, token: string): Connecting {
  const stock = connectClient(syncUrl, boardId, token)
  const { doc, provider } = stock
  return {
    client: { doc, close: () => closeClient(stock) },
    onSynced: (listener) => provider.once('sync', listener),
    onRefused: (listener) =>
      provider.once('closed', ({ code, reason }) => listener(`${code} ${reason}`)),
  }
}

/** Hocuspocus's provider, one socket per client as a browser tab has (no multiplexing). */
function connectHocuspocus(url: string, boardId: string, token: string): Connecting {
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: boardId,
    document: doc,
    token,
  })
  provider.attach()
  return {
    client: {
      doc,
      close: () => {
        provider.destroy()
        socket.destroy()
        doc.destroy()
      },
    },
    onSynced: (listener) => provider.on('synced', listener),
    onRefused: (listener) =>
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => listener(reason)),
  }
}
