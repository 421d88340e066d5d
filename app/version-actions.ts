'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/current-user'
import { restoreVersion, saveNamedVersion } from '@/lib/board-versions'

export interface VersionState {
  error: string | null
}

export async function saveVersionAction(
  _previous: VersionState,
  form: FormData,
): Promise<VersionState> {
  const boardId = String(form.get('boardId') ?? '')
  const saved = await saveNamedVersion(await currentUser(), boardId, String(form.get('name') ?? ''))
  if (!saved.ok) return { error: saved.error }
  revalidatePath(`/b/${boardId}/versions`)
  return { error: null }
}

export async function restoreVersionAction(
  _previous: VersionState,
  form: FormData,
): Promise<VersionState> {
  const boardId = String(form.get('boardId') ?? '')
  const restored = await restoreVersion(
    await currentUser(),
    boardId,
    String(form.get('versionId') ?? ''),
  )
  if (!restored.ok) return { error: restored.error }
  redirect(`/b/${boardId}`)
}
