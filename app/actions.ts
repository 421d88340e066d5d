'use server'

import { redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { createBoard, newBoardSchema } from '@/lib/boards'

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
  })
  if (!input.success) return { error: input.error.issues.map((issue) => issue.message).join('; ') }
  const { database } = await appContext()
  const board = await createBoard(database.db, input.data)
  redirect(`/b/${board.id}`)
}
