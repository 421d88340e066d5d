// Saves a board's version by itself when a session ends: the last participant left after edits.
import * as Y from 'yjs'
import type { Database } from '@/lib/db/client'
import { saveSessionVersion } from '@/lib/versions/version-store'
import type { RoomExtension } from './extensions'

/**
 * A room extension that saves the board, as it stands when its room leaves memory, as the
 * session's automatic version, if this instance's clients changed it since it loaded: one
 * version per session of work (see `saveSessionVersion`), however often the room unloads.
 */
export function sessionVersions(
  db: Database,
  log: Pick<Console, 'error'>,
  options: { sessionGapMs?: number } = {},
): RoomExtension {
  return {
    unloaded(room) {
      if (!room.edited) return
      const { boardId } = room
      const state = Y.encodeStateAsUpdate(room.doc)
      saveSessionVersion(db, { boardId, state, gapMs: options.sessionGapMs }).catch(
        (error: unknown) => log.error(`saving the automatic version of ${boardId} failed`, error),
      )
    },
  }
}
