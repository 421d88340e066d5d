import type { TLStore } from 'tldraw'
import { expect } from 'vitest'
import * as Y from 'yjs'
import { StoreBinding } from '@/lib/sync/store-binding'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
import {
  closeClient,
  connectClient,
  eventually,
  tokenFor,
  whenSynced,
  type TestServer,
} from './server'
import { documentRecords, endFrame, newStore } from './tldraw-stores'

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

/**
 * Waits until both participants' stores and docs agree, lets them leave, and checks the
 * database holds the same records; answers a store read from the database.
 */
export async function settledAndStored(
  server: TestServer,
  boardId: string,
  ada: Participant,
  bo: Participant,
): Promise<TLStore> {
  endFrame(ada.store, bo.store)
  ada.binding.flush()
  bo.binding.flush()
  const contents = (participant: Participant) => JSON.stringify(documentRecords(participant.store))
  await eventually(() => contents(ada) === contents(bo), 'both stores identical')
  const expected = documentRecords(ada.store)
  leaveBoard(ada)
  leaveBoard(bo)
  await eventually(() => server.rooms.size === 0, 'room written and unloaded', 10_000)
  const stored = await new BoardLogStore(server.database.db).load(boardId)
  const storedDoc = new Y.Doc()
  for (const update of stored!.updates) Y.applyUpdate(storedDoc, update)
  const fromDatabase = newStore()
  new StoreBinding({ store: fromDatabase, doc: storedDoc, readOnly: true }).start()
  expect(documentRecords(fromDatabase)).toEqual(expected)
  return fromDatabase
}
