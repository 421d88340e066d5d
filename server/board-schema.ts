// The board's schema record (tl_meta), kept by the server: set on boards without one, migrated to the app's.
import './tldraw-frames'
import type { SerializedSchema, TLSchema } from 'tldraw'
import { boardKind, type BoardKind } from '@/lib/kinds'
import { kindShapeSchemas } from '@/lib/kinds/kind-shapes'
import { boardSchema, createBoardStore } from '@/lib/shapes'
import { docLayout } from '@/lib/sync/record-layout'
import { StoreBinding } from '@/lib/sync/store-binding'
import type { RoomExtension } from './sync/extensions'
import type { Room } from './sync/room'

/** The schema each kind's boards are written in, as its browsers' stores write them. */
const kindSchemas = new Map<BoardKind, TLSchema>()
function schemaOfKind(kind: BoardKind): TLSchema {
  let schema = kindSchemas.get(kind)
  if (!schema) kindSchemas.set(kind, (schema = boardSchema(kindShapeSchemas(boardKind(kind)))))
  return schema
}

/**
 * Keeps each board's `tl_meta.schema` the app's: written where there is none (or something
 * that is no schema), and a board written in an older schema migrated record by record with
 * tldraw's migrations, as a browser would, when its room loads (and after a restore). A
 * board written by a newer server is left as it is. Browsers need never write it, and the
 * rooms undo it when they do.
 */
export class BoardSchemaKeeper implements RoomExtension {
  /** The kind of each board loading or loaded: its schema depends on it. */
  private readonly kinds = new Map<string, BoardKind>()

  constructor(
    private readonly kindOf: (boardId: string) => Promise<BoardKind | null>,
    private readonly log: Pick<Console, 'warn'>,
  ) {}

  async beforeLoad(boardId: string): Promise<void> {
    const kind = await this.kindOf(boardId)
    if (kind) this.kinds.set(boardId, kind)
  }

  async loadFailed(boardId: string): Promise<void> {
    this.kinds.delete(boardId)
  }

  loaded(room: Room): void {
    this.keep(room)
  }

  unloaded(room: Room): void {
    this.kinds.delete(room.boardId)
  }

  /** Brings the room's schema to its kind's, if it is not already. */
  keep(room: Room): void {
    const kind = this.kinds.get(room.boardId)
    if (!kind) return
    const schema = schemaOfKind(kind)
    const meta = room.doc.getMap(docLayout.meta)
    const written: unknown = meta.get('schema')
    let migrations: ReturnType<TLSchema['getMigrationsSince']> | null = null
    try {
      if (written !== undefined) migrations = schema.getMigrationsSince(written as SerializedSchema)
    } catch {
      // Not a schema at all: nothing can read the board by it; the kind's is the best guess.
    }
    if (migrations && !migrations.ok) {
      this.log.warn(`board ${room.boardId} is written in a newer schema than this server's`)
      return
    }
    // Written in this schema already (its JSON may list sequences in another order).
    if (migrations?.ok && migrations.value.length === 0) return
    room.maintain(() => {
      // Without records there is nothing to migrate: the schema alone is written.
      if (!migrations || room.doc.getMap(docLayout.records).size === 0) {
        return meta.set('schema', schema.serialize())
      }
      const shapes = kindShapeSchemas(boardKind(kind))
      const binding = new StoreBinding({ store: createBoardStore({ shapes }), doc: room.doc })
      binding.start()
      binding.dispose()
    })
  }
}
