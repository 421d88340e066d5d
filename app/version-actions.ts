// Server actions of the versions page: save a version, restore one.
'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/current-user'
import { validate } from '@/lib/validation'
import {
  newVersionSchema,
  restoreVersion,
  saveNamedVersion,
} from '@/lib/versions/version-use-cases'

export interface VersionState {
  error: string | null
}

export async function saveVersionAction(
  _previous: VersionState,
  form: FormData,
): Promise<VersionState> {
  const input = validate(newVersionSchema, { name: String(form.get('name') ?? '') })
  if (!input.ok) return { error: input.error }
  const boardId = String(form.get('boardId') ?? '')
  const saved = await saveNamedVersion(await currentUser(), { boardId, ...input.value })
  if (!saved.ok) return { error: saved.error }
  revalidatePath(`/b/${boardId}/versions`)
  return { error: null }
}

export async function restoreVersionAction(
  _previous: VersionState,
  form: FormData,
): Promise<VersionState> {
  const boardId = String(form.get('boardId') ?? '')
  const versionId = String(form.get('versionId') ?? '')
  const restored = await restoreVersion(await currentUser(), { boardId, versionId })
  if (!restored.ok) return { error: restored.error }
  redirect(`/b/${boardId}`)
}
