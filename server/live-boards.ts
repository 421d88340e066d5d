// Whole-doc reads and changes for the app's routes, through the rooms when a board is open.
import * as Y from 'yjs'
import type { LiveBoards } from '@/lib/app-context'
import { restoreRecords } from '@/lib/sync/doc-restore'
import { readDocOf } from './sync/apply-in-slices'
import type { Room } from './sync/room'
import type { Rooms } from './sync/rooms'
import type { BoardStorage } from './sync/storage/board-storage'

/** Origin of changes the server makes on people's behalf (a version restore). */
const serverChange = Symbol('server change')

/** Whole-doc reads and changes for the app's routes, through the rooms when a board is open. */
export function liveBoards(deps: {
  rooms: Rooms
  storage: Pick<BoardStorage, 'read'>
  recheckAccess(boardId: string): Promise<void>
  /** Brings a room's schema to the app's (a restored version may be in an older one). */
  keepSchema(room: Room): void
  /** After a restore went through the room: e.g. store the board's model at once. */
  restored?(boardId: string): Promise<void>
}): LiveBoards {
  const { rooms, storage } = deps
  const read: LiveBoards['read'] = async (boardId, reader) => {
    const room = rooms.loaded(boardId)
    if (room) return reader(room.doc)
    const stored = await storage.read(boardId)
    if (!stored) return null
    return readDocOf(stored, reader)
  }
  return {
    state: (boardId) => read(boardId, (doc) => Y.encodeStateAsUpdate(doc)),
    read,
    async restore(boardId, state) {
      // Through the room, so the change is written, relayed and seen by everyone at once.
      const room = await rooms.acquire(boardId)
      if (!room) return false
      try {
        const changed = restoreRecords(room.doc, state, serverChange)
        // A version in an older schema (or the board's broken one) is brought to the app's.
        deps.keepSchema(room)
        if (changed) await deps.restored?.(boardId)
        return changed
      } finally {
        rooms.release(room)
      }
    },
    accessChanged(boardId) {
      void deps.recheckAccess(boardId)
    },
  }
}
