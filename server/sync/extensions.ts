// The extension contract of the rooms: what hooks into a room's life (loaded, changed, unloaded).
import type { ChangeOrigin, Room } from './room'

/**
 * Something that follows the rooms through their life, as a Hocuspocus extension does: the
 * Redis relay, the model keeper, the end-of-session version. Every hook is optional; the
 * rooms call them in the order the extensions were given.
 */
export interface RoomExtension {
  /** A board is about to be read from storage: what arrives from now on must not be missed. */
  beforeLoad?(boardId: string): Promise<void>
  /** The board was not loaded (it does not exist, or reading it failed): undo `beforeLoad`. */
  loadFailed?(boardId: string): Promise<void>
  /** The room holds its stored state and is in memory; nobody has joined yet. */
  loaded?(room: Room): void
  /** The room's doc changed. */
  changed?(room: Room, update: Uint8Array, origin: ChangeOrigin): void
  /** This instance's clients changed their awareness (cursors, names). */
  awarenessChanged?(room: Room, update: Uint8Array): void
  /** The last holder let the room go; its updates are flushed next, then it leaves memory. */
  beforeUnload?(room: Room): void
  /** The room leaves memory, its updates stored; it is destroyed right after. */
  unloaded?(room: Room): void
}
