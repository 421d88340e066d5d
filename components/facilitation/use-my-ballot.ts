// This person's ballot in the open vote: written by them, or in an anonymous vote by the server.
'use client'

import { useEffect, useMemo, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import { moveDot, type SessionWrite } from '@/lib/facilitation/session-moves'
import type { SessionState } from '@/lib/facilitation/session-state'
import { encodeAnonymousDot, listenToAnonymousBallot } from '@/lib/sync/anonymous-vote'

/** This person's ballot in the open vote, as the vote panel and the session bar use it. */
export interface MyBallot {
  /**
   * Its key in the session's ballots: the user id, or in an anonymous vote the pseudonym the
   * server told this person (null until it has).
   */
  id: string | null
  /** Places (1) or takes back (-1) one dot on a target. */
  place(targetId: string, delta: 1 | -1): void
  /** Why the server refused the last dot of an anonymous vote; '' when it did not. */
  refused: string
}

/**
 * This person's ballot. In an open vote they write it into the doc themselves; in an
 * anonymous one their dots go to the server as messages only it reads, and it tells them
 * (and nobody else) which ballot is theirs.
 */
export function useMyBallot(options: {
  provider: WebsocketProvider | null
  session: SessionState
  voter: { userId: string; name: string }
  write(write: SessionWrite): void
}): MyBallot {
  const { provider, session, voter, write } = options
  const vote = session.vote
  const anonymousVoteId = vote?.anonymous && vote.status === 'open' ? vote.id : null
  const [answer, setAnswer] = useState({ voteId: '', ballotId: '', refused: '' })

  useEffect(() => {
    if (!provider || !anonymousVoteId) return
    listenToAnonymousBallot(provider, (heard) =>
      // A refusal says nothing about which ballot is mine: keep the one known.
      setAnswer((known) =>
        heard.ballotId || heard.voteId !== known.voteId
          ? heard
          : { ...known, refused: heard.refused },
      ),
    )
    // Ask which ballot is mine now and after every reconnect (the answer is the same).
    const ask = () => {
      if (provider.wsconnected)
        provider.ws?.send(encodeAnonymousDot({ voteId: anonymousVoteId, targetId: '', delta: 0 }))
    }
    ask()
    provider.on('sync', ask)
    return () => provider.off('sync', ask)
  }, [provider, anonymousVoteId])

  const { userId, name } = voter
  return useMemo<MyBallot>(() => {
    if (!anonymousVoteId) {
      return {
        id: userId,
        refused: '',
        place: (targetId, delta) => {
          const move = moveDot(session, { userId, name }, targetId, delta)
          if (move) write(move)
        },
      }
    }
    const known = answer.voteId === anonymousVoteId
    return {
      id: known && answer.ballotId ? answer.ballotId : null,
      refused: known ? answer.refused : '',
      place: (targetId, delta) => {
        if (!provider?.wsconnected) return
        provider.ws?.send(encodeAnonymousDot({ voteId: anonymousVoteId, targetId, delta }))
      },
    }
  }, [anonymousVoteId, answer, provider, session, userId, name, write])
}
