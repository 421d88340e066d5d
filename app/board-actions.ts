'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { checkBoardAccess, type CheckedAccess } from '@/lib/auth/access-check'
import type { BoardAction } from '@/lib/auth/board-roles'
import { currentUser } from '@/lib/auth/current-user'
import { createBoard, deleteBoard, renameBoard, setBoardArchived } from '@/lib/boards'

export interface BoardActionState {
  error: string | null
}

async function allowed(form: FormData, action: BoardAction): Promise<CheckedAccess> {
  const { database } = await appContext()
  return checkBoardAccess(database.db, await currentUser(), String(form.get('boardId')), action)
}

/** Renames a board (owner only). */
export async function renameBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const checked = await allowed(form, 'rename')
  if (!checked.ok) return { error: checked.error }
  const title = String(form.get('title') ?? '').trim()
  if (!title || title.length > 200) return { error: 'a title has 1 to 200 characters' }
  const { database } = await appContext()
  await renameBoard(database.db, checked.access.board.id, title)
  revalidatePath('/')
  return { error: null }
}

/** Archives a board or brings it back (owner only); open connections turn read-only or back. */
export async function archiveBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const checked = await allowed(form, 'archive')
  if (!checked.ok) return { error: checked.error }
  const { database, boards } = await appContext()
  const boardId = checked.access.board.id
  await setBoardArchived(database.db, boardId, form.get('archived') === 'true')
  boards?.accessChanged(boardId)
  revalidatePath('/')
  return { error: null }
}

/** Deletes a board for good once its title is typed to confirm (owner only). */
export async function deleteBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const checked = await allowed(form, 'delete')
  if (!checked.ok) return { error: checked.error }
  const { board } = checked.access
  if (String(form.get('confirm') ?? '').trim() !== board.title) {
    return { error: `type the board's title, "${board.title}", to delete it` }
  }
  const { database, boards } = await appContext()
  await deleteBoard(database.db, board.id)
  boards?.accessChanged(board.id)
  revalidatePath('/')
  return { error: null }
}

/** Makes the caller's own copy of a board they can open, as it stands now. */
export async function duplicateBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const checked = await allowed(form, 'view')
  if (!checked.ok) return { error: checked.error }
  if (checked.user.kind === 'guest') return { error: 'sign in with an account to copy boards' }
  const { database, boards } = await appContext()
  const { board } = checked.access
  const state = await boards?.state(board.id)
  if (!state) return { error: 'copying a board needs the Cubeboard server (npm start)' }
  const copy = await createBoard(
    database.db,
    { title: `${board.title} (copy)`.slice(0, 200), kind: board.kind },
    checked.user.id,
    state,
  )
  redirect(`/b/${copy.id}`)
}
