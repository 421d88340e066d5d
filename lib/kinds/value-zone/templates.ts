/** What the value-zone board's templates put on a new board (built in the server process). */
import type { TLPageId, TLRecord, TLStore } from 'tldraw'
import { createBoardStore, firstPageId } from '../../shapes/board-store'
import type { TemplateIdOf } from '../define-kind'
import { kindShapeSchemas } from '../kind-shapes'
import { valueZoneKind } from './kind'
import { buildBlankValueZone, buildPersonaValueZone } from './persona-value-zone'

export const valueZoneTemplates: Record<TemplateIdOf<typeof valueZoneKind>, () => TLRecord[]> = {
  'persona-value-zone': () => recordsBuiltBy(buildPersonaValueZone),
  'blank-value-zone': () => recordsBuiltBy(buildBlankValueZone),
}

/**
 * The records a builder writes on the first page of an empty board: what the server's
 * `boardSeedUpdate` takes to seed a new board (it adds the document and the page).
 */
function recordsBuiltBy(build: (store: TLStore, pageId: TLPageId) => void): TLRecord[] {
  const store = createBoardStore({ shapes: kindShapeSchemas(valueZoneKind) })
  build(store, firstPageId)
  return store.allRecords()
}
