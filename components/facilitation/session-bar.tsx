// The session bar under the board's header: step, timer, vote, and a menu of the rest.
'use client'

import { useMemo, useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { nextStep } from '@/lib/facilitation/session-moves'
import { dotsLeft, dotsLeftWords } from '@/lib/facilitation/session-rules'
import { addMinute, pauseTimer, resumeTimer, startTimer } from '@/lib/facilitation/timer'
import {
  goToStep,
  handLockedShapes,
  lockShapes,
  privateRecords,
} from '@/lib/facilitation/session-marks'
import { MenuButton } from '@/components/menu-button'
import { SessionTimer } from './session-timer'
import type { SessionContextValue } from './use-session'
import { useSessionFollow, useStepCamera } from './use-session-effects'

export type SessionPanelName = 'agenda' | 'vote'

/**
 * The live session under the board's header: the step, the timer, whom everyone follows,
 * private mode and the vote, for everyone; the controls to run them, for facilitators.
 */
export function SessionBar({
  editor,
  context,
  voteNotice,
  panel,
  onPanel,
}: {
  editor: Editor
  context: SessionContextValue
  /** Why the last click on the canvas placed no dot ('' when it did). */
  voteNotice: string
  panel: SessionPanelName | null
  onPanel(panel: SessionPanelName | null): void
}) {
  const { session, me, ballot } = context
  useStepCamera(editor, session)
  const follow = useSessionFollow(editor, session)
  const stepIndex = session.agenda.findIndex((step) => step.id === session.step?.stepId)
  const step = session.agenda[stepIndex]
  const vote = session.vote
  const active =
    step || session.timer || session.follow || session.privateMode || vote || session.spotlight
  if (!active && !me.facilitates) return null
  const toggle = (name: SessionPanelName) => onPanel(panel === name ? null : name)
  return (
    <div className="session-bar" role="region" aria-label="Session">
      {step ? (
        <span className="session-step">
          Step {stepIndex + 1} of {session.agenda.length}: <strong>{step.title}</strong>
        </span>
      ) : null}
      {session.timer ? <SessionTimer timer={session.timer} /> : null}
      {follow.leader ? (
        follow.steppedOut ? (
          <button type="button" onClick={follow.rejoin}>
            Rejoin {follow.leader.name}
          </button>
        ) : (
          <span className="badge">Following {follow.leader.name} · Esc to step out</span>
        )
      ) : null}
      {session.privateMode ? (
        <span className="badge">
          Private mode{me.facilitates ? '' : ': what you add is hidden from others until revealed'}
        </span>
      ) : null}
      {vote ? (
        <button type="button" aria-pressed={panel === 'vote'} onClick={() => toggle('vote')}>
          {vote.status === 'closed'
            ? `Results: ${vote.title}`
            : me.votes
              ? `Vote: ${vote.title} · ${dotsLeftWords(ballot.id === null ? 0 : dotsLeft(session, ballot.id), vote.budget)}`
              : `Vote running: ${vote.title}`}
        </button>
      ) : null}
      {vote?.status === 'open' && me.votes ? (
        // Facilitators' bars are full; they know how the vote works.
        <span className="session-vote-hint" role="status">
          {voteNotice || (me.facilitates ? '' : 'Click on the board to place a dot')}
        </span>
      ) : null}
      {me.facilitates ? (
        <FacilitatorControls editor={editor} context={context} panel={panel} toggle={toggle} />
      ) : null}
    </div>
  )
}

function FacilitatorControls({
  editor,
  context,
  panel,
  toggle,
}: {
  editor: Editor
  context: SessionContextValue
  panel: SessionPanelName | null
  toggle(name: SessionPanelName): void
}) {
  const { session, write } = context
  const [minutes, setMinutes] = useState(5)
  const myId = useValue('my user id', () => editor.user.getRecordId(), [editor])
  // As one string, so cursor moves (new presence records) do not re-render the controls.
  const peopleList = useValue(
    'people',
    () =>
      editor
        .getCollaborators()
        .map((peer) => `${peer.userId}\t${peer.userName}`)
        .join('\n'),
    [editor],
  )
  const people = useMemo(
    () =>
      peopleList
        ? peopleList.split('\n').map((line) => {
            const [userId, name] = line.split('\t') as [string, string]
            return { userId, name }
          })
        : [],
    [peopleList],
  )
  const selected = useValue('selected shapes', () => editor.getSelectedShapeIds(), [editor])
  // Private items wait in their authors' private rooms (the server counts them); items old
  // clients wrote into the board marked private are here.
  const privateCount =
    session.privateItems + useValue('private items', () => privateRecords(editor).length, [editor])
  const lockedCount = useValue('locked by hand', () => handLockedShapes(editor).length, [editor])
  const timer = session.timer
  const next = nextStep(session)
  return (
    <span className="session-controls">
      <button type="button" aria-pressed={panel === 'agenda'} onClick={() => toggle('agenda')}>
        Agenda
      </button>
      {next ? (
        <button
          type="button"
          onClick={() =>
            goToStep(editor, context, {
              stepId: next.id,
              lockOthers: session.step?.lockOthers ?? true,
            })
          }
        >
          {session.step ? 'Next step' : 'Start the agenda'}
        </button>
      ) : null}
      {session.step ? (
        <button type="button" onClick={() => goToStep(editor, context, null)}>
          End the agenda
        </button>
      ) : null}
      <span className="session-group" role="group" aria-label="Timer">
        {!timer ? (
          <>
            <input
              type="number"
              aria-label="Timer minutes"
              min={1}
              max={240}
              value={minutes}
              onChange={(event) => setMinutes(Number(event.target.value) || 1)}
            />
            <button
              type="button"
              onClick={() => write({ timer: startTimer(minutes * 60_000, Date.now()) })}
            >
              Start timer
            </button>
          </>
        ) : (
          <>
            {timer.state === 'running' ? (
              <button type="button" onClick={() => write({ timer: pauseTimer(timer, Date.now()) })}>
                Pause
              </button>
            ) : (
              <button
                type="button"
                onClick={() => write({ timer: resumeTimer(timer, Date.now()) })}
              >
                Resume
              </button>
            )}
            <button type="button" onClick={() => write({ timer: addMinute(timer, Date.now()) })}>
              +1 min
            </button>
            <button type="button" onClick={() => write({ timer: null })}>
              Stop timer
            </button>
          </>
        )}
      </span>
      {session.vote ? null : (
        <button type="button" aria-pressed={panel === 'vote'} onClick={() => toggle('vote')}>
          Dot vote
        </button>
      )}
      {/* Used less than the agenda, timer and vote: kept off the bar so it stays one row. */}
      <MenuButton label="More" menuLabel="More session controls">
        {session.follow ? (
          <button type="button" onClick={() => write({ follow: null })}>
            Release everyone
          </button>
        ) : (
          <button
            type="button"
            onClick={() => write({ follow: { userId: myId, name: editor.user.getName() } })}
          >
            Bring everyone to me
          </button>
        )}
        {people.length > 0 && !session.follow ? (
          <select
            aria-label="Everyone follows"
            value=""
            onChange={(event) => {
              const person = people.find((peer) => peer.userId === event.target.value)
              if (person) write({ follow: { userId: person.userId, name: person.name } })
            }}
          >
            <option value="">Everyone follows…</option>
            {people.map((peer) => (
              <option key={peer.userId} value={peer.userId}>
                {peer.name}
              </option>
            ))}
          </select>
        ) : null}
        <button
          type="button"
          aria-pressed={session.privateMode}
          onClick={() => write({ privateMode: !session.privateMode })}
        >
          Private mode
        </button>
        {privateCount > 0 ? (
          <button type="button" onClick={() => context.revealPrivateItems()}>
            Reveal {privateCount} private item{privateCount === 1 ? '' : 's'}
          </button>
        ) : null}
        {session.spotlight ? (
          <button type="button" onClick={() => write({ spotlight: null })}>
            End spotlight
          </button>
        ) : (
          <button
            type="button"
            disabled={selected.length === 0}
            onClick={() => write({ spotlight: { shapeIds: selected.slice(0, 500) } })}
          >
            Spotlight selection
          </button>
        )}
        <button
          type="button"
          disabled={selected.length === 0}
          onClick={() => lockShapes(editor, selected, true)}
        >
          Lock selection
        </button>
        {lockedCount > 0 ? (
          <button
            type="button"
            onClick={() =>
              lockShapes(
                editor,
                handLockedShapes(editor).map((shape) => shape.id),
                false,
              )
            }
          >
            Unlock all ({lockedCount})
          </button>
        ) : null}
      </MenuButton>
    </span>
  )
}
