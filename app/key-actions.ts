// Server actions of the account page: make and revoke personal API keys.
'use server'

import { revalidatePath } from 'next/cache'
import { makeApiKey, newKeySchema, revokeOwnApiKey } from '@/lib/auth/api-key-use-cases'
import { currentUser } from '@/lib/auth/current-user'
import { validate } from '@/lib/validation'

export interface KeyState {
  error: string | null
  /** A new key, shown once. */
  key?: string
}

export async function createKeyAction(_previous: KeyState, form: FormData): Promise<KeyState> {
  // The form has no length limit: a long name is cut, as the list shows it anyway.
  const input = validate(newKeySchema, {
    name: String(form.get('name') ?? '')
      .trim()
      .slice(0, 80),
  })
  if (!input.ok) return { error: input.error }
  const made = await makeApiKey(await currentUser(), input.value)
  if (!made.ok) return { error: made.error }
  revalidatePath('/account')
  return { error: null, key: made.value.key }
}

export async function revokeKeyAction(_previous: KeyState, form: FormData): Promise<KeyState> {
  const input = { keyId: String(form.get('keyId') ?? '') }
  const revoked = await revokeOwnApiKey(await currentUser(), input)
  if (!revoked.ok) return { error: revoked.error }
  revalidatePath('/account')
  return { error: null }
}
