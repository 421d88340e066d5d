import { appContext } from './app-context'
import { createBoard, type BoardSummary, type NewBoard } from './boards'
import type { BoardModel } from './model'
import { templateCatalogue } from './templates/catalogue'
import { errorMessage } from './error-message'

export type CreationResult = { board: BoardSummary } | { error: string; status: 400 | 503 }

/**
 * A new board owned by `ownerId`, empty, from a template (which also sets its kind) or holding an imported
 * model; or why it cannot be made.
 */
export async function startBoard(
  input: NewBoard,
  ownerId: string,
  model?: BoardModel,
): Promise<CreationResult> {
  const { database, seeds } = await appContext()
  const template = templateCatalogue.find((entry) => entry.id === input.template)
  const board = { ...input, kind: template?.kind ?? input.kind }
  if (!model && !template) return { board: await createBoard(database.db, board, ownerId) }
  if (!seeds)
    return {
      error: 'starting from a template or a model needs the Cubeboard server (npm start)',
      status: 503,
    }
  let seed: Uint8Array | null
  try {
    seed = model ? seeds.fromModel(model) : seeds.fromTemplate(template!.id)
  } catch (error) {
    return { error: `the board cannot hold this model: ${errorMessage(error)}`, status: 400 }
  }
  return { board: await createBoard(database.db, board, ownerId, seed ?? undefined) }
}
