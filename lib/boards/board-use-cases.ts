// A board's lifecycle, checked: start one (empty, from a template or from a model), list, rename, archive, delete, duplicate.
import 'server-only'
import { appContext, type BoardSeeds, type Seed, type SeedSource } from '../app-context'
import { authorize } from '../auth/authorize'
import type { SignedInUser } from '../auth/users'
import type { BoardKind } from '../kinds'
import { errorMessage } from '../error-message'
import { refused, succeeded, type Refusal, type Result } from '../result'
import { newBoardOf, readNewBoard, type NewBoard, type NewBoardText } from './new-board'
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

/**
 * A new board owned by the actor (accounts only): empty, or from a template (which also sets
 * its kind).
 */
export async function startBoard(
  actor: SignedInUser | null,
  input: NewBoard,
): Promise<Result<BoardSummary>> {
  const granted = await authorize(actor, 'create-board')
  if (!granted.ok) return granted
  return startChecked(input, granted.value.id)
}

/**
 * A new board sent as JSON (the API's request body, or a model file from the home page),
 * holding the model it brings. The Cubeboard server reads and checks it in its model worker:
 * a 5,000-cube model file is 8 MB, and parsing and checking it on the event loop held every
 * board's live sync for seconds. A model that does not parse, or that the board cannot
 * hold, is refused with what is wrong with it, each problem as `model.<path>: …`.
 */
export async function startBoardFromJson(
  actor: SignedInUser | null,
  text: NewBoardText,
): Promise<Result<BoardSummary>> {
  const granted = await authorize(actor, 'create-board')
  if (!granted.ok) return granted
  const ownerId = granted.value.id
  const { seeds } = await appContext()
  if (!seeds) {
    const read = readNewBoard(text)
    if (!read.ok) return read
    return read.value.model ? needsServer() : startChecked(read.value.board, ownerId)
  }
  let read: Awaited<ReturnType<BoardSeeds['readNewBoard']>>
  try {
    read = await seeds.readNewBoard(text)
  } catch (error) {
    return cannotHold(error)
  }
  if (!read.ok) return read
  const { board, seed } = read.value
  if (!seed) return startChecked(board, ownerId)
  return succeeded(await createWithModel(newBoardOf(board), ownerId, seed.update, seed.modelJson))
}

/** A new board, checked, empty or from its template. */
async function startChecked(input: NewBoard, ownerId: string): Promise<Result<BoardSummary>> {
  const board = newBoardOf(input)
  if (input.template) return startFrom(board, ownerId, { template: input.template })
  const { database } = await appContext()
  return succeeded(await createBoard(database.db, board, ownerId))
}

/**
 * A new board starting from a template (only the Cubeboard server has seeds: it builds them
 * off its event loop), with its model stored at once: search finds it, and its model is
 * read, from the moment it exists.
 */
async function startFrom(
  board: { title: string; kind: BoardKind },
  ownerId: string,
  from: SeedSource,
): Promise<Result<BoardSummary>> {
  const { seeds } = await appContext()
  if (!seeds) return needsServer()
  let seed: Seed
  try {
    seed = await seeds.seed(from)
  } catch (error) {
    return cannotHold(error)
  }
  return succeeded(await createWithModel(board, ownerId, seed.update, seed.modelJson))
}

function needsServer(): Refusal {
  return refused(503, 'starting from a template or a model needs the Cubeboard server (npm start)')
}

function cannotHold(error: unknown): Refusal {
  return refused(400, `model: the board cannot hold this model: ${errorMessage(error)}`)
}

/** Creates a board starting from `first` and stores its model (JSON) before answering. */
async function createWithModel(
  board: { title: string; kind: BoardKind },
  ownerId: string,
  first: Uint8Array,
  modelJson: string | undefined,
): Promise<BoardSummary> {
  const { database, models } = await appContext()
  const created = await createBoard(database.db, board, ownerId, first)
  if (modelJson !== undefined) {
    const derivedAt = new Date()
    await new BoardModelStore(database.db).save(created.id, modelJson, derivedAt)
    models?.newBoardStored(created.id, modelJson, derivedAt)
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
