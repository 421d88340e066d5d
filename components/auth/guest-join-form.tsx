// Joining a board from an invite link with just a name.
'use client'

import { useState, type FormEvent } from 'react'
import { signIn } from 'next-auth/react'

/** Joining from an invite link with just a name: no account, no password. */
export function GuestJoinForm({ secret, boardPath }: { secret: string; boardPath: string }) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const name = String(new FormData(event.currentTarget).get('name') ?? '')
    setPending(true)
    const result = await signIn('guest', { invite: secret, name, redirect: false })
    setPending(false)
    if (!result || result.error) {
      setError('This invite link no longer works; ask your facilitator for a new one.')
      return
    }
    window.location.assign(boardPath)
  }

  return (
    <form className="create-board" onSubmit={(event) => void join(event)}>
      <label htmlFor="display-name">Your name</label>
      <input
        id="display-name"
        name="name"
        placeholder="e.g. Ada from Credit Risk"
        maxLength={60}
        autoFocus
        required
      />
      <button type="submit" disabled={pending}>
        Join the board
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
