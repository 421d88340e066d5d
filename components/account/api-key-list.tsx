// The list of personal API keys on the account page: make, copy once, revoke.
'use client'

import { useActionState } from 'react'
import { createKeyAction, revokeKeyAction, type KeyState } from '@/app/key-actions'

export interface ApiKeyRow {
  id: string
  name: string
  prefix: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

const idle: KeyState = { error: null }

/** Personal API keys: made here, shown once, revoked at once. */
export function ApiKeyList({ keys }: { keys: ApiKeyRow[] }) {
  const [made, create, creating] = useActionState(createKeyAction, idle)
  const [revoked, revoke] = useActionState(revokeKeyAction, idle)
  return (
    <section aria-labelledby="keys-heading">
      <h2 id="keys-heading">API keys</h2>
      <form action={create} className="create-board">
        <label htmlFor="key-name" className="visually-hidden">
          Key name
        </label>
        <input
          id="key-name"
          name="name"
          placeholder="Key name, e.g. workshop prep script"
          required
        />
        <button type="submit" disabled={creating}>
          Create API key
        </button>
      </form>
      {made.key ? (
        <p className="new-invite">
          <label>
            Your new key (shown once; keep it secret){' '}
            <input readOnly value={made.key} aria-label="New API key" size={60} />
          </label>
        </p>
      ) : null}
      {(made.error ?? revoked.error) ? (
        <p className="form-error" role="alert">
          {made.error ?? revoked.error}
        </p>
      ) : null}
      <ul className="board-list" aria-label="API keys">
        {keys.map((key) => (
          <li key={key.id} className="board-row">
            <div>
              <strong>{key.name}</strong> <code>{key.prefix}…</code>
              <span className="muted">
                {' '}
                made {key.createdAt.slice(0, 10)} · last used{' '}
                {key.lastUsedAt ? key.lastUsedAt.slice(0, 16).replace('T', ' ') : 'never'}
              </span>
            </div>
            {key.revokedAt ? (
              <span className="muted">revoked</span>
            ) : (
              <form action={revoke}>
                <input type="hidden" name="keyId" value={key.id} />
                <button type="submit" aria-label={`Revoke ${key.name}`}>
                  Revoke
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
