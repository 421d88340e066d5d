// A board's lifecycle, checked: start one (empty, from a template or from a model), list, rename, archive, delete, duplicate.
import 'server-only'
import { z } from 'zod'
import { appContext, type SeedSource } from '../app-context'
import { authorize } from '../auth/authorize'
import type { SignedInUser } from '../auth/users'
import { boardKindIds, defaultBoardKind, type BoardKind } from '../kinds'
import { errorMessage } from '../error-message'
import { boardModelSchema, problemsOfIssues, type BoardModel } from '../model'
import { refused, succeeded, type Result } from '../result'
import { templateCatalogue, templateIds } from '../templates/catalogue'
import { issuesText, typedText } from '../validation'
import { BoardModelStore } from './model-store'
import {
  boardsOf,
  createBoard,
  removeBoard,
  setBoardArchived,
  setBoardTitle,
  type BoardSummary,
  type MemberBoard,
} from './board-store'

/** A board's title as people type it. */
export const boardTitleSchema = typedText('title', 200)

/** What a person or script sends to create a board. */
export const newBoardSchema = z.object({
  title: boardTitleSchema,
  kind: z.enum(boardKindIds).default(defaultBoardKind),
  template: z
    .enum(templateIds, { error: `template must be one of: ${templateIds.join(', ')}` })
    .optional(),
})

/** A new board: its title and kind, and what it starts from (a template, or a model to hold). */
export type NewBoard = z.infer<typeof newBoardSchema> & {
  /** A model JSON as sent (the one `GET /api/boards/<id>/model` gives); checked here. */
  model?: unknown
}

/**
 * A new board owned by the actor (accounts only): empty, from a template (which also sets
 * its kind) or holding an imported model. A model that does not parse, or that the board
 * cannot hold, is refused with what is wrong with it, each problem as `model.<path>: …`.
 */
export async function startBoard(
  actor: SignedInUser | null,
  input: NewBoard,
): Promise<Result<BoardSummary>> {
  const granted = await authorize(actor, 'create-board')
  if (!granted.ok) return granted
  const model = input.model === undefined ? null : checkedImport(input.model)
  if (model && !model.ok) return model
  const template = templateCatalogue.find((entry) => entry.id === input.template)
  const board = { title: input.title, kind: template?.kind ?? input.kind }
  const ownerId = granted.value.id
  if (model) return startFrom(board, ownerId, { model: model.value, kind: board.kind })
  if (template) return startFrom(board, ownerId, { template: template.id })
  const { database } = await appContext()
  return succeeded(await createBoard(database.db, board, ownerId))
}

/**
 * A model to import, checked against every rule of the file and of the board: refused with
 * each problem (its JSON path, the rule it breaks, what is wrong), nothing dropped or merged.
 */
function checkedImport(value: unknown): Result<BoardModel> {
  const parsed = boardModelSchema.safeParse(value)
  if (parsed.success) return succeeded(parsed.data)
  const problems = problemsOfIssues(parsed.error.issues).map(({ path, rule, message }) => ({
    path,
    rule,
    message,
  }))
  return refused(400, issuesText(parsed.error, 'model'), problems)
}

/**
 * A new board starting from a model or a template (only the Cubeboard server has seeds: it
 * builds them off its event loop), with its model stored at once: search finds it, and its
 * model is read, from the moment it exists.
 */
async function startFrom(
  board: { title: string; kind: BoardKind },
  ownerId: string,
  from: SeedSource,
): Promise<Result<BoardSummary>> {
  const { seeds } = await appContext()
  if (!seeds) {
    return refused(
      503,
      'starting from a template or a model needs the Cubeboard server (npm start)',
    )
  }
  let seed: { update: Uint8Array; modelJson: string }
  try {
    seed = await seeds.seed(from)
  } catch (error) {
    return refused(400, `model: the board cannot hold this model: ${errorMessage(error)}`)
  }
  return succeeded(await createWithModel(board, ownerId, seed.update, seed.modelJson))
}

/** Creates a board starting from `first` and stores its model (JSON) before answering. */
async function createWithModel(
  board: { title: string; kind: BoardKind },
  ownerId: string,
  first: Uint8Array,
  modelJson: string | undefined,
): Promise<BoardSummary> {
  const { database } = await appContext()
  const created = await createBoard(database.db, board, ownerId, first)
  if (modelJson !== undefined) {
    await new BoardModelStore(database.db).save(created.id, modelJson, new Date())
  }
  return created
}

/** The boards the actor owns or joined, most recently edited first; archived ones apart. */
export async function listBoards(
  actor: SignedInUser | null,
  input: { archived: boolean },
): Promise<Result<MemberBoard[]>> {
  const granted = await authorize(actor, 'list-boards')
  if (!granted.ok) return granted
  const { database } = await appContext()
  return succeeded(await boardsOf(database.db, granted.value.id, input))
}

/** Gives a board a new title (owner only). */
export async function renameBoard(
  actor: SignedInUser | null,
  input: { boardId: string; title: string },
): Promise<Result<null>> {
  const granted = await authorize(actor, 'rename', input.boardId)
  if (!granted.ok) return granted
  const { database } = await appContext()
  await setBoardTitle(database.db, input.boardId, input.title)
  return succeeded(null)
}

/** Archives a board or brings it back (owner only); open connections turn read-only or back. */
export async function archiveBoard(
  actor: SignedInUser | null,
  input: { boardId: string; archived: boolean },
): Promise<Result<null>> {
  const granted = await authorize(actor, 'archive', input.boardId)
  if (!granted.ok) return granted
  const { database, boards } = await appContext()
  await setBoardArchived(database.db, input.boardId, input.archived)
  boards?.accessChanged(input.boardId)
  return succeeded(null)
}

/** Deletes a board for good once its title is typed to confirm (owner only). */
export async function deleteBoard(
  actor: SignedInUser | null,
  input: { boardId: string; confirmation: string },
): Promise<Result<null>> {
  const granted = await authorize(actor, 'delete', input.boardId)
  if (!granted.ok) return granted
  const { board } = granted.value.access
  if (input.confirmation.trim() !== board.title) {
    return refused(400, `type the board's title, "${board.title}", to delete it`)
  }
  const { database, boards } = await appContext()
  await removeBoard(database.db, board.id)
  boards?.accessChanged(board.id)
  return succeeded(null)
}

/** The actor's own copy of a board they can open, as it stands now (accounts only). */
export async function duplicateBoard(
  actor: SignedInUser | null,
  input: { boardId: string },
): Promise<Result<BoardSummary>> {
  const granted = await authorize(actor, 'duplicate', input.boardId)
  if (!granted.ok) return granted
  const { boards, models } = await appContext()
  const { user, access } = granted.value
  const state = await boards?.state(access.board.id)
  if (!state) return refused(503, 'copying a board needs the Cubeboard server (npm start)')
  const copy = { title: `${access.board.title} (copy)`.slice(0, 200), kind: access.board.kind }
  return succeeded(
    await createWithModel(copy, user.id, state, await models?.deriveFromUpdate(state)),
  )
}
