import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { TLGeoShape, TLShapeId, TLStore } from 'tldraw'
import { docLayout } from '@/lib/sync/record-layout'
import { StoreBinding } from '@/lib/sync/store-binding'
import { closeClient, connectClient } from '@/test/helpers/server'
import { newStore } from '@/test/helpers/tldraw-stores'
import { editorToken, createBoard, type SignedInApp } from './board-api'
import { installNodeAnimationFrames } from './node-frames'
import { gridRectangles } from './shape-grid'
import { waitUntil } from '../shared/wait'

/** A board full of rectangles, and the remote participant (in this process) who drew them. */
export interface SeededBoard {
  boardId: string
  /** As the board list shows it. */
  title: string
  /** The rectangles as seeded: shape i sits at `shapes[i]` unless moved. */
  shapes: readonly TLGeoShape[]
  /** From the peer's put to a second client holding every shape (through the server). */
  seedMs: number
  /**
   * Moves the given shapes by a fifth of their width (or back home) in one store put, sent
   * at once as one Yjs transaction, as a remote participant's drag of a selection would be.
   */
  moveShapes(indices: readonly number[]): void
  /** Disconnects the peer. */
  close(): void
}

interface StockClient {
  doc: Y.Doc
  provider: WebsocketProvider
}

/**
 * Creates a board through the HTTP API and fills it with `count` rectangles from a stock
 * y-websocket client bound to a tldraw store, as the convergence tests do. Resolves once a
 * second client has received every shape from the server.
 */
export async function seedBoard(
  server: SignedInApp & { syncUrl: string },
  count: number,
): Promise<SeededBoard> {
  installNodeAnimationFrames()
  const title = `Board apply, ${count} shapes`
  const boardId = await createBoard(server, title)
  const token = await editorToken(server, boardId)
  const peer = await connectSynced(server.syncUrl, boardId, token)
  // Stays quiet on presence: no awareness renewals land in the browser's measured windows.
  peer.provider.awareness.setLocalState(null)
  const store = newStore()
  const binding = new StoreBinding({ store, doc: peer.doc, updateIntervalMs: 0 })
  binding.start()

  const witness = await connectSynced(server.syncUrl, boardId, token)
  const shapes = gridRectangles(count)
  const startedAt = performance.now()
  store.put(shapes)
  flushAll(store, binding)
  const arrived = await waitUntil(() => shapeCount(witness.doc) === count, 60_000)
  const seedMs = performance.now() - startedAt
  closeClient(witness)
  if (!arrived) {
    closeClient(peer)
    throw new Error(`board ${boardId}: the server did not relay ${count} shapes in 60 s`)
  }

  return {
    boardId,
    title,
    shapes,
    seedMs,
    moveShapes: (indices) => {
      const moved = indices.map((index) => {
        const home = shapes[index]!
        const current = store.get(home.id as TLShapeId) as TLGeoShape
        const offset = home.props.w / 5
        return { ...current, x: current.x === home.x ? home.x + offset : home.x }
      })
      store.put(moved)
      flushAll(store, binding)
    },
    close: () => {
      binding.dispose()
      closeClient(peer)
    },
  }
}

/** Hands the store's pending changes to the binding and the binding's to the doc, now. */
function flushAll(store: TLStore, binding: StoreBinding): void {
  store._flushHistory()
  binding.flush()
}

function shapeCount(doc: Y.Doc): number {
  let count = 0
  for (const id of doc.getMap(docLayout.records).keys()) if (id.startsWith('shape:')) count++
  return count
}

/** A stock client, once synced; a refusal or no sync in 30 s is a broken setup, not a slow one. */
async function connectSynced(syncUrl: string, boardId: string, token: string) {
  const client: StockClient = connectClient(syncUrl, boardId, token)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      closeClient(client)
      reject(new Error(`board ${boardId}: a Node client did not sync in 30 s`))
    }, 30_000)
    client.provider.once('sync', () => {
      clearTimeout(timer)
      resolve()
    })
    client.provider.once('closed', ({ code, reason }) => {
      clearTimeout(timer)
      reject(new Error(`board ${boardId}: the server refused a Node client (${code} ${reason})`))
    })
  })
  return client
}
