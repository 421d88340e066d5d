// The dashboard's form for a new board: its title and the template it starts from.
'use client'

import { useActionState } from 'react'
import { createBoardAction, type CreateBoardState } from '@/app/actions'
import { templateCatalogue } from '@/lib/templates/catalogue'

const initialState: CreateBoardState = { error: null }

/** Title of a new board and what it starts from; works without JavaScript too. */
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
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create board'}
      </button>
      <fieldset className="template-choice">
        <legend>Start from</legend>
        {templateCatalogue.map((template, index) => (
          <label key={template.id}>
            <input type="radio" name="template" value={template.id} defaultChecked={index === 0} />
            <span>
              <strong>{template.name}</strong>
              <span className="muted">{template.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  )
}
