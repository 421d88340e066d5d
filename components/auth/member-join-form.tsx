// Joining a board from an invite link as the person already signed in.
'use client'

import { useActionState } from 'react'
import { joinAsMemberAction, type JoinState } from '@/app/join-actions'

export function MemberJoinForm({ secret, name }: { secret: string; name: string }) {
  const [state, join, pending] = useActionState(joinAsMemberAction, { error: null } as JoinState)
  return (
    <form action={join} className="create-board">
      <input type="hidden" name="secret" value={secret} />
      <button type="submit" disabled={pending}>
        Join the board as {name}
      </button>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  )
}
