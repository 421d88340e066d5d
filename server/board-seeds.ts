// New boards' first states (templates and imported models), built with tldraw in the server process.
import type { BoardSeeds } from '@/lib/app-context'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import { boardKind } from '@/lib/kinds'
import { kindShapeSchemas } from '@/lib/kinds/kind-shapes'
import { recordsFromModel } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'
import { templateKind } from '@/lib/templates/catalogue'

// tldraw's store batches its change notifications per animation frame; Node has no frames,
// so the server gives it the next turn of the event loop instead.
globalThis.requestAnimationFrame ??= (callback) =>
  setImmediate(() => callback(performance.now())) as unknown as number
globalThis.cancelAnimationFrame ??= (handle) =>
  clearImmediate(handle as unknown as NodeJS.Immediate)

/**
 * New boards' first states, built with tldraw's own store (of the board's kind) so every
 * record is validated. It lives in the server, not in Next's route code: Next bundles routes
 * as React Server Components, where tldraw's React parts cannot be imported.
 */
export const boardSeeds: BoardSeeds = {
  fromModel: (model, kind) =>
    boardSeedUpdate(recordsFromModel(model), [], kindShapeSchemas(boardKind(kind))),
  // Blank boards too: every template comes with its kind's suggested agenda for the session.
  fromTemplate: (template) => {
    const kind = boardKind(templateKind(template))
    return boardSeedUpdate(templateRecords[template](), kind.agenda, kindShapeSchemas(kind))
  },
}
