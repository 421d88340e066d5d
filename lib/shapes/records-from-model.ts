/**
 * The board records that hold a model (an import, or a template written as a model): each
 * shape that writes a part of the model lays its part out below the last, in the order of
 * schemas.ts. Ids are the model's, so the board reads back the same model.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type { BoardModel } from '@/lib/model'
import { shapeSchemas } from './schemas'
import type { ModelPlace } from './shape-schema'

export function recordsFromModel(
  model: BoardModel,
  /** Where cubes stand, by cube id; the others go in their department's row. */
  positions: Readonly<Record<string, { x: number; y: number }>> = {},
): TLRecord[] {
  const records: TLRecord[] = []
  let place: ModelPlace = { top: 0, after: null, positions }
  for (const schema of shapeSchemas) {
    if (!schema.fromModel) continue
    const written = schema.fromModel(model, place)
    records.push(...written.records)
    place = { ...place, top: written.bottom, after: written.after }
  }
  return records
}
