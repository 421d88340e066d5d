// New boards' first states (templates and imported models), built with tldraw in the server process.
import './tldraw-frames'
import type { BoardSeeds, Seed, SeedSource } from '@/lib/app-context'
import { newBoardOf, readNewBoard, type NewBoard, type NewBoardText } from '@/lib/boards/new-board'
import { succeeded, type Result } from '@/lib/result'
import { modelJsonOf } from './model/model-json'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import { boardKind } from '@/lib/kinds'
import { kindShapeSchemas } from '@/lib/kinds/kind-shapes'
import { recordsFromModel } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'
import { templateKind } from '@/lib/templates/catalogue'

/**
 * A new board's first doc update, built with tldraw's own store (of the board's kind) so
 * every record is validated. It lives in the server, not in Next's route code: Next bundles
 * routes as React Server Components, where tldraw's React parts cannot be imported.
 */
export function seedUpdate(from: SeedSource): Uint8Array {
  if ('model' in from) {
    return boardSeedUpdate(recordsFromModel(from.model), [], kindShapeSchemas(boardKind(from.kind)))
  }
  // Blank boards too: every template comes with its kind's suggested agenda for the session.
  const kind = boardKind(templateKind(from.template))
  return boardSeedUpdate(templateRecords[from.template](), kind.agenda, kindShapeSchemas(kind))
}

/** The seed of `from` with the model it holds. */
export function seedOf(from: SeedSource): Seed {
  const update = seedUpdate(from)
  return { update, modelJson: modelJsonOf([update]) }
}

/** A new board sent as JSON, read and checked, and seeded when it holds a model. */
export function seededNewBoard(text: NewBoardText): Result<{ board: NewBoard; seed?: Seed }> {
  const read = readNewBoard(text)
  if (!read.ok) return read
  const { board, model } = read.value
  if (!model) return succeeded({ board })
  return succeeded({ board, seed: seedOf({ model, kind: newBoardOf(board).kind }) })
}

/** Seeds built on the calling thread (tests; the server builds them in its model worker). */
export const boardSeeds: BoardSeeds = {
  seed: async (from) => seedOf(from),
  readNewBoard: async (text) => seededNewBoard(text),
}
