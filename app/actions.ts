// Server actions of the home page: create a board, import a model as a new board.
'use server'

import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/current-user'
import { startBoard, startBoardFromJson } from '@/lib/boards/board-use-cases'
import { boardTitleSchema, newBoardSchema } from '@/lib/boards/new-board'
import { defaultBoardKind } from '@/lib/kinds'
import { bodyCaps, sizeInWords } from '@/lib/http/request-body'
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
  if (file.size > bodyCaps.boardWithModel) {
    return { error: `a model file is at most ${sizeInWords(bodyCaps.boardWithModel)}` }
  }
  const typed = String(form.get('title') ?? '').trim() || file.name.replace(/\.json$/i, '')
  const title = validate(boardTitleSchema, typed.slice(0, 200))
  if (!title.ok) return { error: title.error }
  const imported = await startBoardFromJson(await currentUser(), {
    modelFile: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    board: { title: title.value, kind: defaultBoardKind },
  })
  if (!imported.ok) return { error: imported.error }
  redirect(`/b/${imported.value.id}`)
}
