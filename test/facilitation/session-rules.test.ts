import { describe, expect, it } from 'vitest'
import {
  checkBallot,
  checkSessionChange,
  dotsLeft,
  dotsLeftWords,
  voteResults,
} from '@/lib/facilitation/session-rules'
import { ballotKey, readSession, type Vote } from '@/lib/facilitation/session-state'

const facilitator = { userId: 'fay', facilitates: true }
const participant = { userId: 'pat', facilitates: false }
const openVote: Vote = {
  id: 'v1',
  title: 'Biggest gap',
  budget: 3,
  anonymous: false,
  status: 'open',
}
const ballot = (dots: Record<string, number>, voteId = 'v1') => ({ voteId, name: 'Pat', dots })

describe('who may change the session', () => {
  const running = { state: 'running', durationMs: 60_000, endsAt: 1_000 }

  it('lets facilitators start, pause and stop the timer; participants not', () => {
    expect(checkSessionChange({}, { timer: running }, facilitator)).toEqual({ ok: true })
    expect(checkSessionChange({ timer: running }, { timer: null }, facilitator).ok).toBe(true)
    const refused = checkSessionChange({}, { timer: running }, participant)
    expect(refused).toEqual({
      ok: false,
      reason: "only facilitators may change the session's timer",
    })
    expect(checkSessionChange({ timer: running }, {}, participant).ok).toBe(false)
  })

  it('lets only facilitators start steps, bring everyone along, spotlight and run votes', () => {
    const changes = [
      { step: { stepId: 's1', lockOthers: true } },
      { follow: { userId: 'user:fay', name: 'Fay' } },
      { spotlight: { shapeIds: ['shape:a'] } },
      { privateMode: true },
      { vote: openVote },
      { agenda: [{ id: 's1', title: 'Map the cubes', frameId: null, minutes: 10 }] },
    ]
    for (const after of changes) {
      expect(checkSessionChange({}, after, facilitator).ok).toBe(true)
      expect(checkSessionChange({}, after, participant).ok).toBe(false)
    }
  })

  it('refuses malformed entries from anyone, facilitators included', () => {
    expect(checkSessionChange({}, { timer: { state: 'running' } }, facilitator).ok).toBe(false)
    expect(checkSessionChange({}, { surprise: 1 }, facilitator).ok).toBe(false)
    expect(checkSessionChange({}, { vote: { ...openVote, budget: 0 } }, facilitator).ok).toBe(false)
  })

  it('lets a participant place their own dots in the open vote, within the budget', () => {
    const before = { vote: openVote }
    const mine = ballotKey('pat')
    expect(
      checkSessionChange(before, { ...before, [mine]: ballot({ a: 2, b: 1 }) }, participant),
    ).toEqual({ ok: true })
    expect(
      checkSessionChange(before, { ...before, [mine]: ballot({ a: 4 }) }, participant),
    ).toEqual({
      ok: false,
      reason: '4 dots placed but each person has 3',
    })
    // Taking dots back is always fine.
    expect(
      checkSessionChange({ ...before, [mine]: ballot({ a: 1 }) }, before, participant).ok,
    ).toBe(true)
  })

  it("refuses someone else's ballot, a closed vote and a ballot for another vote", () => {
    const before = { vote: openVote }
    expect(
      checkSessionChange(before, { ...before, [ballotKey('fay')]: ballot({ a: 1 }) }, participant)
        .ok,
    ).toBe(false)
    const closed = { vote: { ...openVote, status: 'closed' } }
    expect(
      checkSessionChange(closed, { ...closed, [ballotKey('pat')]: ballot({ a: 1 }) }, participant)
        .ok,
    ).toBe(false)
    expect(
      checkSessionChange(
        before,
        { ...before, [ballotKey('pat')]: ballot({ a: 1 }, 'v0') },
        participant,
      ).ok,
    ).toBe(false)
    expect(checkSessionChange({}, { [ballotKey('pat')]: ballot({ a: 1 }) }, participant).ok).toBe(
      false,
    )
  })

  it('refuses fractional and negative dots', () => {
    const before = { vote: openVote }
    expect(
      checkSessionChange(before, { ...before, [ballotKey('pat')]: ballot({ a: 0.5 }) }, participant)
        .ok,
    ).toBe(false)
    expect(
      checkSessionChange(
        before,
        { ...before, [ballotKey('pat')]: ballot({ a: 3, b: -1 }) },
        participant,
      ).ok,
    ).toBe(false)
  })
})

describe('vote counting', () => {
  const session = (vote: Vote) =>
    readSession({
      vote,
      [ballotKey('pat')]: { voteId: 'v1', name: 'Pat', dots: { a: 2, b: 1 } },
      [ballotKey('sam')]: { voteId: 'v1', name: 'Sam', dots: { b: 3 } },
      [ballotKey('old')]: { voteId: 'v0', name: 'Old', dots: { a: 3 } },
    })

  it('adds up the dots of the current vote, most first, with who placed them', () => {
    expect(voteResults(session(openVote))).toEqual([
      { targetId: 'b', dots: 4, voters: ['Pat', 'Sam'] },
      { targetId: 'a', dots: 2, voters: ['Pat'] },
    ])
  })

  it('names nobody in an anonymous vote', () => {
    const results = voteResults(session({ ...openVote, anonymous: true }))
    expect(results.map((result) => result.voters)).toEqual([[], []])
  })

  it('tells each person how many dots they have left', () => {
    expect(dotsLeft(session(openVote), 'pat')).toBe(0)
    expect(dotsLeft(session(openVote), 'newcomer')).toBe(3)
    expect(dotsLeft(session({ ...openVote, status: 'closed' }), 'newcomer')).toBe(0)
    expect(checkBallot(session(openVote), { voteId: 'v1', dots: { a: 3 } }).ok).toBe(true)
  })

  it('says the dots left out of the budget, in the singular for a budget of one', () => {
    expect(dotsLeftWords(2, 5)).toBe('2 of 5 dots left')
    expect(dotsLeftWords(1, 1)).toBe('1 of 1 dot left')
    expect(dotsLeftWords(0, 1)).toBe('0 of 1 dot left')
  })
})
