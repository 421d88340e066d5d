// Server actions of the dashboard's board rows: rename, archive, restore, delete, duplicate.
'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { currentUser } from '@/lib/auth/current-user'
import {
  archiveBoard,
  deleteBoard,
  duplicateBoard,
  renameBoard,
} from '@/lib/boards/board-use-cases'
import { boardTitleSchema } from '@/lib/boards/new-board'
import type { Result } from '@/lib/result'
import { validate } from '@/lib/validation'

export interface BoardActionState {
  error: string | null
}

function boardIdOf(form: FormData): string {
  return String(form.get('boardId') ?? '')
}

/** The dashboard shows the change, or the form says why there was none. */
function dashboardState(result: Result<null>): BoardActionState {
  if (!result.ok) return { error: result.error }
  revalidatePath('/')
  return { error: null }
}

/** Renames a board (owner only). */
export async function renameBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const title = validate(z.object({ title: boardTitleSchema }), { title: form.get('title') })
  if (!title.ok) return { error: title.error }
  const input = { boardId: boardIdOf(form), title: title.value.title }
  return dashboardState(await renameBoard(await currentUser(), input))
}

/** Archives a board or brings it back (owner only); open connections turn read-only or back. */
export async function archiveBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const input = { boardId: boardIdOf(form), archived: form.get('archived') === 'true' }
  return dashboardState(await archiveBoard(await currentUser(), input))
}

/** Deletes a board for good once its title is typed to confirm (owner only). */
export async function deleteBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const input = { boardId: boardIdOf(form), confirmation: String(form.get('confirm') ?? '') }
  return dashboardState(await deleteBoard(await currentUser(), input))
}

/** Makes the caller's own copy of a board they can open, as it stands now. */
export async function duplicateBoardAction(
  _previous: BoardActionState,
  form: FormData,
): Promise<BoardActionState> {
  const copy = await duplicateBoard(await currentUser(), { boardId: boardIdOf(form) })
  if (!copy.ok) return { error: copy.error }
  redirect(`/b/${copy.value.id}`)
}
