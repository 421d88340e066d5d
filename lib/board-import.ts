import { appContext } from './app-context'
import { createBoard, type BoardSummary, type NewBoard } from './boards'
import type { BoardModel } from './model'

export type ImportResult = { board: BoardSummary } | { error: string; status: 400 | 503 }

/** A new board holding `model`, or why it cannot be made. */
export async function importBoard(input: NewBoard, model: BoardModel): Promise<ImportResult> {
  const { database, seeds } = await appContext()
  if (!seeds)
    return { error: 'importing a model needs the Cubeboard server (npm start)', status: 503 }
  let seed: Uint8Array
  try {
    seed = seeds.fromModel(model)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { error: `the board cannot hold this model: ${reason}`, status: 400 }
  }
  return { board: await createBoard(database.db, input, seed) }
}
