'use client'

import { useState } from 'react'
import { getUserPreferences, setUserPreferences } from 'tldraw'

/** The name others see next to your cursor; kept in this browser (tldraw's user preferences). */
export function useDisplayName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => getUserPreferences().name ?? '')
  const save = (next: string) => {
    setUserPreferences({ ...getUserPreferences(), name: next })
    setName(next)
  }
  return [name, save]
}

/** Asked once per browser, before the first board opens. */
export function DisplayNameForm({ onSave }: { onSave(name: string): void }) {
  const [draft, setDraft] = useState('')
  return (
    <main>
      <h1>What should others call you?</h1>
      <p className="muted">Your name is shown next to your cursor on every board you join.</p>
      <form
        className="create-board"
        onSubmit={(event) => {
          event.preventDefault()
          if (draft.trim()) onSave(draft.trim())
        }}
      >
        <label htmlFor="display-name" className="visually-hidden">
          Your name
        </label>
        <input
          id="display-name"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="e.g. Ada from Credit Risk"
          maxLength={60}
          autoFocus
          required
        />
        <button type="submit">Join the board</button>
      </form>
    </main>
  )
}
