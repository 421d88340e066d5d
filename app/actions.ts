'use server'

import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/current-user'
import { newBoardSchema, startBoard } from '@/lib/boards/board-use-cases'
import { defaultBoardKind } from '@/lib/kinds'
import { validate } from '@/lib/validation'

export interface CreateBoardState {
  error: string | null
}

/** The home page's "create board" form; opens the new board. */
export async function createBoardAction(
  _previous: CreateBoardState,
  form: FormData,
): Promise<CreateBoardState> {
  const input = validate(newBoardSchema, {
    title: form.get('title'),
    kind: form.get('kind') ?? undefined,
    template: form.get('template') || undefined,
  })
  if (!input.ok) return { error: input.error }
  const created = await startBoard(await currentUser(), input.value)
  if (!created.ok) return { error: created.error }
  redirect(`/b/${created.value.id}`)
}

/** The home page's "import a model" form: a new board from a model JSON file. */
export async function importModelAction(
  _previous: CreateBoardState,
  form: FormData,
): Promise<CreateBoardState> {
  const file = form.get('model')
  if (!(file instanceof File) || file.size === 0) return { error: 'choose a model JSON file' }
  if (file.size > 5 * 1024 * 1024) return { error: 'a model file is at most 5 MiB' }
  let model: unknown
  try {
    model = JSON.parse(await file.text())
  } catch {
    return { error: `${file.name} is not JSON` }
  }
  const title = String(form.get('title') ?? '').trim() || file.name.replace(/\.json$/i, '')
  const imported = await startBoard(await currentUser(), {
    title: title.slice(0, 200),
    kind: defaultBoardKind,
    model,
  })
  if (!imported.ok) return { error: imported.error }
  redirect(`/b/${imported.value.id}`)
}
