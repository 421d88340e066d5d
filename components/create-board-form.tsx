'use client'

import { useActionState } from 'react'
import { createBoardAction, type CreateBoardState } from '@/app/actions'

const initialState: CreateBoardState = { error: null }

/** Title (and kind) of a new board; works without JavaScript too. */
export function CreateBoardForm() {
  const [state, formAction, pending] = useActionState(createBoardAction, initialState)
  return (
    <form className="create-board" action={formAction}>
      <label htmlFor="board-title" className="visually-hidden">
        Board title
      </label>
      <input
        id="board-title"
        name="title"
        placeholder="Board title, e.g. Mortgage loan network"
        required
        maxLength={200}
      />
      <select name="kind" aria-label="Board kind" defaultValue="cube">
        <option value="cube">Cube board</option>
        <option value="value-zone">Value-zone board</option>
      </select>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create board'}
      </button>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  )
}
