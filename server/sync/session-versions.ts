// Saves a board's version by itself when a session ends: the last participant left after edits.
import * as Y from 'yjs'
import type { Database } from '@/lib/db/client'
import { saveVersion, versionTime } from '@/lib/versions/version-store'
import type { RoomExtension } from './extensions'

/**
 * A room extension that saves the board, as it stands when its room leaves memory, as an
 * automatic version, if this instance's clients changed it since it loaded.
 */
export function sessionVersions(db: Database, log: Pick<Console, 'error'>): RoomExtension {
  return {
    unloaded(room) {
      if (!room.edited) return
      const { boardId } = room
      const name = `Session ended ${versionTime(new Date())}`
      const state = Y.encodeStateAsUpdate(room.doc)
      saveVersion(db, { boardId, name, state, automatic: true, createdBy: null }).catch(
        (error: unknown) => log.error(`saving the automatic version of ${boardId} failed`, error),
      )
    },
  }
}
