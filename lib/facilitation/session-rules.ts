// Who may change what in the session: the one set of rules browsers and the sync server apply.
import { jsonEqual } from '@/lib/sync/record-layout'
import {
  ballotKey,
  ballotSchema,
  readSession,
  validSessionEntry,
  type SessionState,
} from './session-state'

/** Who is making a change, as the rules see them. */
export interface Actor {
  userId: string
  /** Owners and facilitators run the session; everyone else takes part in it. */
  facilitates: boolean
}

export type Verdict = { ok: true } | { ok: false; reason: string }

const allowed: Verdict = { ok: true }
const refused = (reason: string): Verdict => ({ ok: false, reason })

/**
 * Whether `actor` may turn the session map's entries `before` into `after`. Facilitators may
 * change anything well formed; participants only their own ballot, while a vote that is not
 * anonymous is open and within its budget (an anonymous vote's ballots are the server's).
 */
export function checkSessionChange(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  actor: Actor,
): Verdict {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const value = after[key]
    if (jsonEqual(before[key], value)) continue
    if (value !== undefined && !validSessionEntry(key, value)) {
      return refused(`the session entry “${key}” is malformed`)
    }
    if (actor.facilitates) continue
    if (key !== ballotKey(actor.userId)) {
      return refused(`only facilitators may change the session's ${key.split(':')[0]}`)
    }
    // What a client writes carries its Yjs client id, which its presence ties to a name.
    if (readSession(after).vote?.anonymous) {
      return refused('in an anonymous vote, dots go through the server, which writes the ballots')
    }
    if (value !== undefined) {
      const verdict = checkBallot(readSession(after), ballotSchema.parse(value))
      if (!verdict.ok) return verdict
    }
  }
  return allowed
}

/** A ballot counts only in the open vote and within its budget. */
export function checkBallot(
  session: SessionState,
  ballot: { voteId: string; dots: Record<string, number> },
): Verdict {
  const vote = session.vote
  if (!vote || vote.status !== 'open' || vote.id !== ballot.voteId) {
    return refused('there is no open vote to place dots in')
  }
  const placed = dotsPlaced(ballot.dots)
  if (placed > vote.budget) {
    return refused(`${placed} dots placed but each person has ${vote.budget}`)
  }
  return allowed
}

export function dotsPlaced(dots: Record<string, number>): number {
  return Object.values(dots).reduce((sum, count) => sum + count, 0)
}

/** Dots a person has left in the open vote. */
export function dotsLeft(session: SessionState, userId: string): number {
  if (!session.vote || session.vote.status !== 'open') return 0
  const ballot = session.ballots.get(userId)
  const placed = ballot?.voteId === session.vote.id ? dotsPlaced(ballot.dots) : 0
  return Math.max(0, session.vote.budget - placed)
}

/** "2 of 5 dots left", "1 of 1 dot left": the noun follows the budget it counts. */
export function dotsLeftWords(left: number, budget: number): string {
  return `${left} of ${budget} dot${budget === 1 ? '' : 's'} left`
}

export interface VoteResult {
  targetId: string
  dots: number
  /** Who placed them, unless the vote is anonymous. */
  voters: string[]
}

/** The vote's results, most dots first; shown to everyone once the facilitator ends it. */
export function voteResults(session: SessionState): VoteResult[] {
  const vote = session.vote
  if (!vote) return []
  const results = new Map<string, VoteResult>()
  for (const ballot of session.ballots.values()) {
    if (ballot.voteId !== vote.id) continue
    for (const [targetId, dots] of Object.entries(ballot.dots)) {
      const result = results.get(targetId) ?? { targetId, dots: 0, voters: [] }
      result.dots += dots
      if (!vote.anonymous) result.voters.push(ballot.name)
      results.set(targetId, result)
    }
  }
  return [...results.values()].sort(
    (a, b) => b.dots - a.dots || a.targetId.localeCompare(b.targetId),
  )
}
