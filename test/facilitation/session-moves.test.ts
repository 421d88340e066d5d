import { describe, expect, it } from 'vitest'
import {
  dismissVote,
  endVote,
  moveDot,
  nextStep,
  startStep,
  startVote,
} from '@/lib/facilitation/session-moves'
import { checkSessionChange } from '@/lib/facilitation/session-rules'
import { ballotKey, readSession } from '@/lib/facilitation/session-state'

const agenda = [
  { id: 's1', title: 'Map the cubes', frameId: 'shape:f1', minutes: 10 },
  { id: 's2', title: 'Link services', frameId: 'shape:f2', minutes: null },
]
const pat = { userId: 'pat', name: 'Pat' }

/** Applies a write to session entries, as the client does to the shared map. */
function applied(entries: Record<string, unknown>, write: Record<string, unknown>) {
  const next = { ...entries }
  for (const [key, value] of Object.entries(write)) {
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  return next
}

describe('running the agenda', () => {
  it("starts a step with its timer, and the next step's without one", () => {
    const write = startStep(readSession({ agenda }), 's1', { lockOthers: true, now: 1000 })
    expect(write).toEqual({
      step: { stepId: 's1', lockOthers: true },
      timer: { state: 'running', durationMs: 600_000, endsAt: 601_000 },
      spotlight: null,
    })
    const during = readSession(applied({ agenda }, write))
    expect(nextStep(during)?.id).toBe('s2')
    expect(startStep(during, 's2', { lockOthers: false, now: 0 }).timer).toBeNull()
    expect(nextStep(readSession({ agenda }))?.id).toBe('s1')
    expect(startStep(during, 'nope', { lockOthers: false, now: 0 })).toEqual({})
  })

  it('writes only entries a facilitator may write', () => {
    const write = startStep(readSession({ agenda }), 's1', { lockOthers: true, now: 1000 })
    expect(
      checkSessionChange({ agenda }, applied({ agenda }, write), { userId: 'f', facilitates: true })
        .ok,
    ).toBe(true)
  })
})

describe('a dot vote', () => {
  const vote = { id: 'v1', title: 'Biggest gap', budget: 3, anonymous: false }

  it('takes dots up to the budget and gives them back', () => {
    let entries = applied({}, startVote(readSession({}), vote))
    for (const target of ['a', 'a', 'b']) {
      const write = moveDot(readSession(entries), pat, target, 1)
      expect(write).not.toBeNull()
      // What the client writes is what the server lets a participant write.
      expect(
        checkSessionChange(entries, applied(entries, write!), { userId: 'pat', facilitates: false })
          .ok,
      ).toBe(true)
      entries = applied(entries, write!)
    }
    expect(moveDot(readSession(entries), pat, 'c', 1)).toBeNull()
    entries = applied(entries, moveDot(readSession(entries), pat, 'a', -1)!)
    expect(readSession(entries).ballots.get('pat')).toEqual({
      voteId: 'v1',
      name: 'Pat',
      dots: { a: 1, b: 1 },
    })
    expect(moveDot(readSession(entries), pat, 'c', -1)).toBeNull()
  })

  it('lets nobody but the server write a ballot in an anonymous vote', () => {
    const entries = applied({}, startVote(readSession({}), { ...vote, anonymous: true }))
    const write = moveDot(readSession(entries), pat, 'a', 1)!
    expect(write[ballotKey('pat')]).toEqual({ voteId: 'v1', name: '', dots: { a: 1 } })
    expect(
      checkSessionChange(entries, applied(entries, write), { userId: 'pat', facilitates: false }),
    ).toEqual({
      ok: false,
      reason: 'in an anonymous vote, dots go through the server, which writes the ballots',
    })
  })

  it('stops taking dots once ended, and a new vote starts with empty ballots', () => {
    let entries = applied({}, startVote(readSession({}), vote))
    entries = applied(entries, moveDot(readSession(entries), pat, 'a', 1)!)
    entries = applied(entries, endVote(readSession(entries)))
    expect(moveDot(readSession(entries), pat, 'a', 1)).toBeNull()
    entries = applied(entries, startVote(readSession(entries), { ...vote, id: 'v2' }))
    expect(entries[ballotKey('pat')]).toBeUndefined()
    expect(applied(entries, dismissVote(readSession(entries)))).toEqual({ vote: null })
  })
})
