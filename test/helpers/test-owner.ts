import { createApiKey } from '@/lib/auth/api-key-store'
import { users } from '@/lib/db/schema'
import type { Database } from '@/lib/db/client'

/** The member every test board belongs to; test tokens are minted for them. */
export const testOwnerId = 'test-owner'

/** Makes sure the test owner exists in this database and returns their id. */
export async function testOwner(db: Database): Promise<string> {
  await db
    .insert(users)
    .values({ id: testOwnerId, name: 'Test owner', kind: 'local' })
    .onConflictDoNothing()
  return testOwnerId
}

let ownerKey: string | null = null

/** Gives the test owner an API key in this database; `ownerRequest` sends it. */
export async function signInTestOwner(db: Database): Promise<string> {
  await testOwner(db)
  ownerKey = (await createApiKey(db, testOwnerId, 'tests')).key
  return ownerKey
}

/** A request to the HTTP API as the test owner (call `signInTestOwner` first). */
export function ownerRequest(url: string, init: RequestInit = {}): Request {
  if (!ownerKey) throw new Error('call signInTestOwner(db) before ownerRequest')
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${ownerKey}`)
  return new Request(url, { ...init, headers })
}
