// Personal API keys, checked: listed, made (accounts only) and revoked by the person they belong to.
import 'server-only'
import { z } from 'zod'
import { appContext } from '../app-context'
import { refused, succeeded, type Result } from '../result'
import { isRowId, typedText } from '../validation'
import { createApiKey, listApiKeys, revokeApiKey, type ApiKey } from './api-key-store'
import { authorize } from './authorize'
import type { SignedInUser } from './users'

export const newKeySchema = z.object({
  name: typedText('name', 80),
})

/** The actor's API keys, revoked ones included (never the keys themselves). */
export async function apiKeysOf(actor: SignedInUser | null): Promise<Result<ApiKey[]>> {
  const granted = await authorize(actor, 'list-api-keys')
  if (!granted.ok) return granted
  const { database } = await appContext()
  return succeeded(await listApiKeys(database.db, granted.value.id))
}

/** A new personal key; `key` is shown this once and only its hash is kept. */
export async function makeApiKey(
  actor: SignedInUser | null,
  input: z.infer<typeof newKeySchema>,
): Promise<Result<ApiKey & { key: string }>> {
  const granted = await authorize(actor, 'make-api-key')
  if (!granted.ok) return granted
  const { database } = await appContext()
  const { apiKey, key } = await createApiKey(database.db, granted.value.id, input.name)
  return succeeded({ ...apiKey, key })
}

/** Revokes one of the actor's keys; it stops working at once. */
export async function revokeOwnApiKey(
  actor: SignedInUser | null,
  input: { keyId: string },
): Promise<Result<null>> {
  const granted = await authorize(actor, 'revoke-api-key')
  if (!granted.ok) return granted
  const { database } = await appContext()
  const live = isRowId(input.keyId)
  if (!live || !(await revokeApiKey(database.db, granted.value.id, input.keyId))) {
    return refused(404, `you have no live API key ${input.keyId}`)
  }
  return succeeded(null)
}
