// Anonymous votes at the server: it places each person's dots in a ballot no client can tie to them.
import crypto from 'node:crypto'
import type * as Y from 'yjs'
import { moveDot } from '@/lib/facilitation/session-moves'
import { readSession, sessionMapName, writeSession } from '@/lib/facilitation/session-state'
import type { AnonymousBallotAnswer, AnonymousDot } from '@/lib/sync/anonymous-vote'

/** A member's ballot id in one anonymous vote of one board. */
export type AnonymousBallotIds = (boardId: string, voteId: string, userId: string) => string

/**
 * Ballot ids for anonymous votes: an HMAC of board, vote and member under a key derived
 * from the server's secret. Every instance computes the same id for a member, after a
 * restart too, so the server finds each person's ballot (and so their budget) without
 * keeping a list of who is who; a client, lacking the secret, cannot tell whose a ballot
 * is, nor link one person's ballots across votes.
 */
export function anonymousBallotIds(secret: Uint8Array): AnonymousBallotIds {
  const key = crypto.createHmac('sha256', secret).update('cubeboard anonymous ballots').digest()
  return (boardId, voteId, userId) =>
    crypto
      .createHmac('sha256', key)
      .update(JSON.stringify([boardId, voteId, userId]))
      .digest('base64url')
      .slice(0, 22)
}

/**
 * Places (or takes back) one dot of a voter in the board's open anonymous vote, written by
 * the server with `origin` under the voter's ballot id, within their budget. The answer
 * tells the voter (and only them) which ballot is theirs.
 */
export function placeAnonymousDot(
  doc: Y.Doc,
  dot: AnonymousDot,
  ballotId: string,
  origin: unknown,
): AnonymousBallotAnswer {
  const refuse = (refused: string) => ({ voteId: dot.voteId, ballotId: '', refused })
  const session = readSession(doc.getMap<unknown>(sessionMapName).toJSON())
  const vote = session.vote
  if (!vote || vote.id !== dot.voteId || vote.status !== 'open' || !vote.anonymous) {
    return refuse('that anonymous vote is not open')
  }
  if (dot.delta !== 0) {
    const write = moveDot(session, { userId: ballotId, name: '' }, dot.targetId, dot.delta)
    if (!write) {
      return refuse(dot.delta > 0 ? 'no dots left to place' : 'no dot there to take back')
    }
    writeSession(doc, write, origin)
  }
  return { voteId: dot.voteId, ballotId, refused: '' }
}
