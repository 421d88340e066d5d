// The dashboard's form for a new board from a model JSON file.
'use client'

import { useActionState } from 'react'
import { importModelAction, type CreateBoardState } from '@/app/actions'

const initialState: CreateBoardState = { error: null }

/** A new board from a model JSON file (a board's `model.json` export). */
export function ImportModelForm() {
  const [state, formAction, pending] = useActionState(importModelAction, initialState)
  return (
    <details className="import-model">
      <summary>Import a model (model.json)</summary>
      <form className="create-board" action={formAction}>
        <label htmlFor="import-file">Model file</label>
        <input id="import-file" name="model" type="file" accept="application/json,.json" required />
        <label htmlFor="import-title" className="visually-hidden">
          Title of the new board
        </label>
        <input
          id="import-title"
          name="title"
          placeholder="Title (default: the file's name)"
          maxLength={200}
        />
        <button type="submit" disabled={pending}>
          {pending ? 'Importing…' : 'Import'}
        </button>
        {state.error ? (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        ) : null}
      </form>
    </details>
  )
}
