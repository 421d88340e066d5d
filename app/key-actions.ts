'use server'

import { revalidatePath } from 'next/cache'
import { appContext } from '@/lib/app-context'
import { createApiKey, revokeApiKey } from '@/lib/auth/api-keys'
import { currentUser } from '@/lib/auth/current-user'

export interface KeyState {
  error: string | null
  /** A new key, shown once. */
  key?: string
}

export async function createKeyAction(_previous: KeyState, form: FormData): Promise<KeyState> {
  const user = await currentUser()
  if (!user || user.kind === 'guest') return { error: 'sign in with an account to make API keys' }
  const name = String(form.get('name') ?? '')
    .trim()
    .slice(0, 80)
  if (!name) return { error: 'give the key a name, e.g. "workshop prep script"' }
  const { database } = await appContext()
  const { key } = await createApiKey(database.db, user.id, name)
  revalidatePath('/account')
  return { error: null, key }
}

export async function revokeKeyAction(_previous: KeyState, form: FormData): Promise<KeyState> {
  const user = await currentUser()
  if (!user) return { error: 'sign in first' }
  const { database } = await appContext()
  if (!(await revokeApiKey(database.db, user.id, String(form.get('keyId') ?? '')))) {
    return { error: 'no such live key' }
  }
  revalidatePath('/account')
  return { error: null }
}
