// The board's schema record (tl_meta), kept by the server: set on boards without one, migrated to the app's.
import './tldraw-frames'
import type { SerializedSchema } from 'tldraw'
import { createBoardStore } from '@/lib/shapes'
import { docLayout, jsonEqual } from '@/lib/sync/record-layout'
import { StoreBinding } from '@/lib/sync/store-binding'
import type { RoomExtension } from './sync/extensions'
import type { Room } from './sync/room'

/** The tldraw schema this app writes records in. */
const schema = createBoardStore().schema
const appSchema = schema.serialize()

/**
 * Brings a board's `tl_meta.schema` to the app's: written where there is none (or
 * something that is no schema), and a board written in an older schema migrated record by
 * record with tldraw's migrations, as a browser would. A board written by a newer server
 * is left as it is. Browsers never need to write it, and the room undoes it when they do.
 */
export function keepBoardSchema(room: Room, log: Pick<Console, 'warn'>): void {
  const meta = room.doc.getMap(docLayout.meta)
  const written: unknown = meta.get('schema')
  if (jsonEqual(written, appSchema)) return
  let migrations: ReturnType<typeof schema.getMigrationsSince> | null = null
  try {
    if (written !== undefined) migrations = schema.getMigrationsSince(written as SerializedSchema)
  } catch {
    // Not a schema at all: nothing can read the board by it; the app's is the best guess.
  }
  if (migrations && !migrations.ok) {
    log.warn(`board ${room.boardId} is written in a newer schema than this server's; left as it is`)
    return
  }
  room.maintain(() => {
    if (!migrations?.ok || migrations.value.length === 0) return meta.set('schema', appSchema)
    const binding = new StoreBinding({ store: createBoardStore(), doc: room.doc })
    binding.start()
    binding.dispose()
  })
}

/** Keeps every board's schema as it is loaded, before anyone joins. */
export function boardSchemaKeeper(log: Pick<Console, 'warn'>): RoomExtension {
  return { loaded: (room) => keepBoardSchema(room, log) }
}
