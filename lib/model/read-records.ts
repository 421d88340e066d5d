/**
 * Reads a board's records (tldraw's record layout, as JSON) into its shared model, section
 * by section (sections.ts), with the dots finished votes left on them.
 */
import { z } from 'zod'
import { emptyBoardModel, type BoardModel, type VoteTally } from './board-model'
import { privateMetaKey, votesMetaKey } from './record-marks'
import { modelSections } from './sections'

const privateRecord = z.object({ meta: z.object({ [privateMetaKey]: z.string() }) })

const votedRecord = z.object({
  id: z.string(),
  meta: z.object({ [votesMetaKey]: z.record(z.string(), z.number().int().min(0)) }),
})

/**
 * The model a board's records hold. Records of other types are ignored, and so are records
 * this version cannot read (a newer client's), private items not yet revealed, and items
 * whose cube, persona or organisation is gone: the model holds what the board shows.
 */
export function modelFromRecords(records: Iterable<unknown>): BoardModel {
  const readers = modelSections.map((section) => section.reader())
  const votes: VoteTally[] = []
  for (const record of records) {
    if (privateRecord.safeParse(record).success) continue
    votes.push(...votesOn(record))
    readers.some((reader) => reader.take(record))
  }
  const model = emptyBoardModel()
  for (const reader of readers) reader.build(model)
  model.votes = votes.sort((a, b) => a.vote.localeCompare(b.vote) || b.dots - a.dots)
  return model
}

function votesOn(record: unknown): VoteTally[] {
  const voted = votedRecord.safeParse(record)
  if (!voted.success) return []
  return Object.entries(voted.data.meta[votesMetaKey]).map(([vote, dots]) => ({
    targetId: voted.data.id,
    vote,
    dots,
  }))
}
