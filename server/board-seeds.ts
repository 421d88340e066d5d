// New boards' first states (templates and imported models), built with tldraw in the server process.
import './tldraw-frames'
import type { BoardSeeds, SeedSource } from '@/lib/app-context'
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

/** Seeds built on the calling thread (tests; the server builds them in its model worker). */
export const boardSeeds: BoardSeeds = {
  async seed(from) {
    const update = seedUpdate(from)
    return { update, modelJson: modelJsonOf([update]) }
  },
}
