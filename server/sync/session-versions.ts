// Saves a board's version by itself when a session of work ends: one per session, however often its room unloads.
import * as Y from 'yjs'
import type { Database } from '@/lib/db/client'
import { saveSessionVersion } from '@/lib/versions/version-store'
import type { RoomExtension } from './extensions'

/**
 * A room extension that saves the board, as it stands when its room leaves memory, as its
 * session of work's automatic version, if this instance's clients changed it since it loaded.
 * `now` is the clock (tests move it on).
 */
export function sessionVersions(
  db: Database,
  log: Pick<Console, 'error'>,
  now: () => Date = () => new Date(),
): RoomExtension {
  return {
    unloaded(room) {
      if (!room.edited) return
      const { boardId } = room
      const state = Y.encodeStateAsUpdate(room.doc)
      saveSessionVersion(db, { boardId, state, at: now() }).catch((error: unknown) =>
        log.error(`saving the automatic version of ${boardId} failed`, error),
      )
    },
  }
}
