// New boards' first states (templates and imported models), built with tldraw in the server process.
import './tldraw-frames'
import type { BoardSeeds } from '@/lib/app-context'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import { recordsFromModel } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'
import { suggestedAgendas } from '@/lib/templates/agendas'
import { templateKind } from '@/lib/templates/catalogue'

/**
 * New boards' first states, built with tldraw's own store so every record is validated.
 * It lives in the server, not in Next's route code: Next bundles routes as React Server
 * Components, where tldraw's React parts cannot be imported.
 */
export const boardSeeds: BoardSeeds = {
  fromModel: (model) => boardSeedUpdate(recordsFromModel(model)),
  // Blank boards too: every template comes with a suggested agenda for the session.
  fromTemplate: (template) =>
    boardSeedUpdate(templateRecords[template](), suggestedAgendas[templateKind(template)]),
}
