/** The shapes a board kind holds, as schemas: its boards' store (browser and seeds) is built from these. */
import type { TLPageId, TLRecord, TLStore } from 'tldraw'
import { createBoardStore, firstPageId } from '../shapes/board-store'
import { schemasOf } from '../shapes/schemas'
import type { ShapeSchema } from '../shapes/shape-schema'
import type { BoardKindDefinition } from './define-kind'

/** The schemas of a kind's own and shared shapes, in the shape registry's order. */
export function kindShapeSchemas(kind: BoardKindDefinition): ShapeSchema[] {
  return schemasOf([...kind.shapes, ...kind.sharedShapes])
}

/**
 * The records a template's builder writes on the first page of an empty board of `kind`:
 * what the server's `boardSeedUpdate` takes to seed a new board (it adds the document and
 * the page).
 */
export function recordsBuiltBy(
  kind: BoardKindDefinition,
  build: (store: TLStore, pageId: TLPageId) => void,
): TLRecord[] {
  const store = createBoardStore({ shapes: kindShapeSchemas(kind) })
  build(store, firstPageId)
  return store.allRecords()
}
