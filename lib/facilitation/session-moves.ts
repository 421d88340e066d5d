// The session's moves (start a step, a vote, move a dot…) as the entries they write.
import { checkBallot } from './session-rules'
import { ballotKey, type AgendaStep, type Ballot, type SessionState } from './session-state'
import { startTimer } from './timer'

/** Entries to write into the session map; `undefined` removes the entry. */
export type SessionWrite = Record<string, unknown>

/**
 * Starts an agenda step: its timer (when it has a duration) starts, any spotlight goes; with
 * `lockOthers`, participants cannot change the other steps' frames until the next step.
 */
export function startStep(
  session: SessionState,
  stepId: string,
  options: { lockOthers: boolean; now: number },
): SessionWrite {
  const step = session.agenda.find((candidate) => candidate.id === stepId)
  if (!step) return {}
  return {
    step: { stepId, lockOthers: options.lockOthers },
    timer: step.minutes ? startTimer(step.minutes * 60_000, options.now) : null,
    spotlight: null,
  }
}

/** The step after the current one (the first, before any started), or null at the end. */
export function nextStep(session: SessionState): AgendaStep | null {
  const at = session.agenda.findIndex((step) => step.id === session.step?.stepId)
  return session.agenda[at + 1] ?? null
}

/** The session without a current step: everything unlocked, timer stopped. */
export function endAgenda(): SessionWrite {
  return { step: null, timer: null }
}

/** Opens a new vote; earlier votes' ballots go (their results are on the items by now). */
export function startVote(
  session: SessionState,
  vote: { id: string; title: string; budget: number; anonymous: boolean },
): SessionWrite {
  const write: SessionWrite = { vote: { ...vote, status: 'open' } }
  for (const userId of session.ballots.keys()) write[ballotKey(userId)] = undefined
  return write
}

export function endVote(session: SessionState): SessionWrite {
  return session.vote ? { vote: { ...session.vote, status: 'closed' } } : {}
}

/** Clears the vote and its ballots away. */
export function dismissVote(session: SessionState): SessionWrite {
  const write: SessionWrite = { vote: null }
  for (const userId of session.ballots.keys()) write[ballotKey(userId)] = undefined
  return write
}

/**
 * Adds (`delta` 1) or takes back (-1) one of a voter's dots on a target; null when that is
 * not possible (no open vote, no dots left, none there to take back). `voter.userId` keys
 * the ballot: the member's id, or in an anonymous vote the ballot id the server gave them.
 */
export function moveDot(
  session: SessionState,
  voter: { userId: string; name: string },
  targetId: string,
  delta: 1 | -1,
): SessionWrite | null {
  const vote = session.vote
  if (!vote || vote.status !== 'open') return null
  const current = session.ballots.get(voter.userId)
  const dots = { ...(current?.voteId === vote.id ? current.dots : {}) }
  const count = (dots[targetId] ?? 0) + delta
  if (count < 0) return null
  if (count === 0) delete dots[targetId]
  else dots[targetId] = count
  // An anonymous vote's ballots carry no name (the server keys them by a pseudonym).
  const ballot: Ballot = { voteId: vote.id, name: vote.anonymous ? '' : voter.name, dots }
  if (!checkBallot(session, ballot).ok) return null
  return { [ballotKey(voter.userId)]: ballot }
}
