// The dot-vote panel: start a vote, place and take back dots, see the results.
'use client'

import { useState } from 'react'
import type { Editor } from 'tldraw'
import { dismissVote, endVote, startVote } from '@/lib/facilitation/session-moves'
import { dotsLeft, dotsLeftWords, voteResults } from '@/lib/facilitation/session-rules'
import { focusOnBoard } from '@/components/board/use-live-model'
import { recordVoteResults } from '@/lib/facilitation/session-marks'
import type { SessionContextValue } from './use-session'
import type { VoteCandidate } from '@/lib/facilitation/vote-candidates'

/**
 * Dot voting beside the board, by keyboard as by pointer: place and take back dots on the
 * same candidates the canvas takes clicks on, then everyone sees the result.
 */
export function VotePanel({
  editor,
  context,
  candidates,
  onClose,
}: {
  editor: Editor
  context: SessionContextValue
  candidates: readonly VoteCandidate[]
  onClose(): void
}) {
  const { session, me, write } = context
  const vote = session.vote
  return (
    <aside className="model-panel session-panel" aria-label="Dot vote">
      <div className="model-panel-body">
        {!vote ? (
          me.facilitates ? (
            <StartVoteForm onStart={(settings) => write(startVote(session, settings))} />
          ) : (
            <p className="muted">No vote is running.</p>
          )
        ) : vote.status === 'open' ? (
          me.votes ? (
            <Ballot candidates={candidates} context={context} />
          ) : (
            <p className="muted">
              A vote is running: “{vote.title}”. Viewers see the results when it ends.
            </p>
          )
        ) : (
          <Results candidates={candidates} editor={editor} context={context} />
        )}
      </div>
      <footer className="model-panel-footer">
        {vote && me.facilitates ? (
          vote.status === 'open' ? (
            <button
              type="button"
              onClick={() => {
                write(endVote(session))
                recordVoteResults(editor, session)
              }}
            >
              End vote and show results
            </button>
          ) : (
            <button type="button" onClick={() => write(dismissVote(session))}>
              Clear the vote
            </button>
          )
        ) : null}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </footer>
    </aside>
  )
}

function StartVoteForm({
  onStart,
}: {
  onStart(vote: { id: string; title: string; budget: number; anonymous: boolean }): void
}) {
  return (
    <form
      className="session-form"
      onSubmit={(event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        onStart({
          id: crypto.randomUUID(),
          title: String(form.get('title') || 'Dot vote').slice(0, 200),
          budget: Math.min(100, Math.max(1, Number(form.get('budget')) || 3)),
          anonymous: form.get('anonymous') === 'on',
        })
      }}
    >
      <h2>Start a dot vote</h2>
      <label>
        Question <input name="title" defaultValue="Dot vote" maxLength={200} />
      </label>
      <label>
        Dots per person <input name="budget" type="number" min={1} max={100} defaultValue={3} />
      </label>
      <label>
        <input name="anonymous" type="checkbox" /> Anonymous
      </label>
      <button type="submit">Start the vote</button>
    </form>
  )
}

function Ballot({
  candidates,
  context,
}: {
  candidates: readonly VoteCandidate[]
  context: SessionContextValue
}) {
  const { session, ballot } = context
  const [filter, setFilter] = useState('')
  const mine = ballot.id === null ? undefined : session.ballots.get(ballot.id)
  const dots = mine && mine.voteId === session.vote?.id ? mine.dots : {}
  const left = ballot.id === null ? 0 : dotsLeft(session, ballot.id)
  const shown = candidates.filter((candidate) =>
    `${candidate.label} ${candidate.group}`.toLowerCase().includes(filter.toLowerCase()),
  )
  const place = ballot.place
  return (
    <>
      <h2>{session.vote!.title}</h2>
      <p role="status">
        {dotsLeftWords(left, session.vote!.budget)}
        {session.vote!.anonymous ? ' · anonymous' : ''}
      </p>
      {ballot.refused ? <p role="alert">Your dot was not placed: {ballot.refused}.</p> : null}
      <label>
        Find{' '}
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <ul className="vote-list">
        {shown.map((candidate) => (
          <li key={candidate.id}>
            <span>
              {candidate.label} <span className="muted">· {candidate.group}</span>
            </span>
            <span className="vote-dots">
              <button
                type="button"
                aria-label={`Take a dot back from ${candidate.label}`}
                disabled={!dots[candidate.id]}
                onClick={() => place(candidate.id, -1)}
              >
                −
              </button>
              <span aria-label={`Your dots on ${candidate.label}`}>{dots[candidate.id] ?? 0}</span>
              <button
                type="button"
                aria-label={`Add a dot to ${candidate.label}`}
                disabled={left === 0}
                onClick={() => place(candidate.id, 1)}
              >
                +
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

function Results({
  candidates,
  editor,
  context,
}: {
  candidates: readonly VoteCandidate[]
  editor: Editor
  context: SessionContextValue
}) {
  const { session } = context
  const labels = new Map(candidates.map((candidate) => [candidate.id, candidate]))
  const results = voteResults(session)
  return (
    <>
      <h2>Results: {session.vote!.title}</h2>
      {results.length === 0 ? <p className="muted">Nobody placed a dot.</p> : null}
      <ol className="vote-results" aria-label="Vote results">
        {results.map((result) => {
          const candidate = labels.get(result.targetId)
          return (
            <li key={result.targetId}>
              <strong>{result.dots} ●</strong>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => focusOnBoard(editor, result.targetId)}
              >
                {candidate ? candidate.label : 'something no longer on the board'}
              </button>
              {result.voters.length ? (
                <span className="muted"> · {result.voters.join(', ')}</span>
              ) : null}
            </li>
          )
        })}
      </ol>
    </>
  )
}
