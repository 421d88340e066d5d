'use server'

import { redirect } from 'next/navigation'
import { newBoardSchema } from '@/lib/boards'
import { startBoard } from '@/lib/board-creation'
import { boardModelSchema } from '@/lib/model'
import { currentUser } from '@/lib/auth/current-user'

export interface CreateBoardState {
  error: string | null
}

/** The home page's "create board" form; opens the new board. */
export async function createBoardAction(
  _previous: CreateBoardState,
  form: FormData,
): Promise<CreateBoardState> {
  const input = newBoardSchema.safeParse({
    title: form.get('title'),
    kind: form.get('kind') ?? undefined,
    template: form.get('template') || undefined,
  })
  if (!input.success) return { error: input.error.issues.map((issue) => issue.message).join('; ') }
  const user = await currentUser()
  if (!user || user.kind === 'guest') return { error: 'sign in with an account to create boards' }
  const created = await startBoard(input.data, user.id)
  if ('error' in created) return { error: created.error }
  redirect(`/b/${created.board.id}`)
}

/** The home page's "import a model" form: a new board from a model JSON file. */
export async function importModelAction(
  _previous: CreateBoardState,
  form: FormData,
): Promise<CreateBoardState> {
  const user = await currentUser()
  if (!user || user.kind === 'guest') return { error: 'sign in with an account to import boards' }
  const file = form.get('model')
  if (!(file instanceof File) || file.size === 0) return { error: 'choose a model JSON file' }
  if (file.size > 5 * 1024 * 1024) return { error: 'a model file is at most 5 MiB' }
  let json: unknown
  try {
    json = JSON.parse(await file.text())
  } catch {
    return { error: `${file.name} is not JSON` }
  }
  const model = boardModelSchema.safeParse(json)
  if (!model.success) {
    const problems = model.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    return { error: `${file.name} is not a Cubeboard model: ${problems.join('; ')}` }
  }
  const title = String(form.get('title') ?? '').trim() || file.name.replace(/\.json$/i, '')
  const imported = await startBoard(
    { title: title.slice(0, 200), kind: 'cube' },
    user.id,
    model.data,
  )
  if ('error' in imported) return { error: imported.error }
  const { board } = imported
  redirect(`/b/${board.id}`)
}
