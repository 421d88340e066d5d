// Boards read back as their shared model, checked: the model as JSON, its export files, and search across one's boards.
import 'server-only'
import { z } from 'zod'
import { appContext } from '../app-context'
import { authorize, noSuchBoard, type BoardGrant } from '../auth/authorize'
import type { SignedInUser } from '../auth/users'
import {
  exportFileName,
  modelAnswer,
  modelExportFile,
  type BoardModel,
  type ModelExportFile,
  type ModelQuestion,
} from '../model'
import { refused, succeeded, type Result } from '../result'
import type { BoardSummary } from './board-store'
import {
  BoardModelStore,
  type BoardSearchResult,
  type StoredBoardModel,
  type StoredModelJson,
} from './model-store'

/** What people search their boards' models for. */
export const modelSearchSchema = z
  .string()
  .trim()
  .min(1, 'add a search: /api/search?q=<words>')
  .max(200, 'a search is at most 200 characters')

/** A board's model as it stands now, and the board it is of. */
export interface BoardModelReading {
  board: BoardSummary
  model: BoardModel
  derivedAt: Date
}

/** The board's shared model as it stands now, for anyone who can open the board. */
export async function readBoardModel(
  actor: SignedInUser | null,
  input: { boardId: string },
): Promise<Result<BoardModelReading>> {
  const granted = await authorize(actor, 'view', input.boardId)
  if (!granted.ok) return granted
  const current = await currentModelOf(granted.value)
  if (!current) return refused(404, noSuchBoard(input.boardId))
  return succeeded({ board: granted.value.access.board, ...current })
}

/** A board's model, or its analysis, as the JSON text it is served as, and the board it is of. */
export interface BoardModelJson extends StoredModelJson {
  board: BoardSummary
}

/**
 * The board's shared model as JSON text, for anyone who can open the board: served as it is
 * stored, so a 5,000-cube model is not parsed and written again on the server's thread.
 */
export async function readBoardModelJson(
  actor: SignedInUser | null,
  input: { boardId: string },
): Promise<Result<BoardModelJson>> {
  const granted = await authorize(actor, 'view', input.boardId)
  if (!granted.ok) return granted
  return currentJsonOf(granted.value.access.board)
}

async function currentJsonOf(board: BoardSummary): Promise<Result<BoardModelJson>> {
  const { database, models } = await appContext()
  const current = await new BoardModelStore(database.db).currentJson(board, models)
  if (!current) return refused(404, noSuchBoard(board.id))
  return succeeded({ board, ...current })
}

/**
 * The analysis of the board's model (README, "Asking the model"), with the impact of one
 * service, process, step or cube when `impactOf` names it and the dependencies of one cube
 * only when `cube` does; worked out in the model worker when the Cubeboard server runs,
 * which keeps it: asked again of the same stored model, it is served without reading the
 * model at all.
 */
export async function analyseBoardModel(
  actor: SignedInUser | null,
  input: { boardId: string } & ModelQuestion,
): Promise<Result<BoardModelJson>> {
  const granted = await authorize(actor, 'view', input.boardId)
  if (!granted.ok) return granted
  const board = granted.value.access.board
  const { database, models } = await appContext()
  const question = { impactOf: input.impactOf, cube: input.cube }
  if (models) {
    const derivedAt = await new BoardModelStore(database.db).derivedAt(board.id)
    const stored =
      derivedAt && derivedAt >= board.updatedAt
        ? models.storedAnalysis(board.id, derivedAt, question)
        : undefined
    if (stored !== undefined) return succeeded({ board, json: stored, derivedAt: derivedAt! })
  }
  const reading = await currentJsonOf(board)
  if (!reading.ok) return reading
  const { json, derivedAt } = reading.value
  const analysed = models
    ? await models.analyse({ boardId: board.id, derivedAt, json }, question)
    : answerHere(JSON.parse(json) as BoardModel, question)
  if ('refused' in analysed) return refused(analysed.status, analysed.refused)
  return succeeded({ board, json: analysed.json, derivedAt })
}

/** The analysis on this thread, for Next on its own (no model worker). */
function answerHere(
  model: BoardModel,
  question: ModelQuestion,
): { json: string } | { refused: string; status: 404 } {
  const answer = modelAnswer(model, question)
  return 'refused' in answer
    ? { refused: answer.refused, status: 404 }
    : { json: JSON.stringify(answer.answer) }
}

/** The model of a board the grant opens, as it stands now (see `BoardModelStore.current`). */
export async function currentModelOf(grant: BoardGrant): Promise<StoredBoardModel | null> {
  const { database, models } = await appContext()
  return new BoardModelStore(database.db).current(grant.access.board, models)
}

/** One export of a board's model, as a file to download. */
export interface ModelDownload {
  body: string
  contentType: string
  fileName: string
}

/** One of the model's export files (CSV tables, Mermaid graph, model JSON), named after the board. */
export async function exportBoardModel(
  actor: SignedInUser | null,
  input: { boardId: string; file: ModelExportFile },
): Promise<Result<ModelDownload>> {
  const reading = await readBoardModel(actor, input)
  if (!reading.ok) return reading
  const { board, model } = reading.value
  const { body, contentType } = modelExportFile(model, input.file)
  return succeeded({ body, contentType, fileName: `${exportFileName(board.title)}-${input.file}` })
}

/** The actor's boards whose stored models name departments, cubes or items like `query`. */
export async function searchBoardModels(
  actor: SignedInUser | null,
  input: { query: string },
): Promise<Result<BoardSearchResult[]>> {
  const granted = await authorize(actor, 'search-boards')
  if (!granted.ok) return granted
  const { database, models } = await appContext()
  // Edits of the last second on this instance are stored first: search is never behind them.
  await models?.settle()
  return succeeded(
    await new BoardModelStore(database.db).search(input.query, granted.value.id, models),
  )
}
