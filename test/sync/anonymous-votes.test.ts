import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addMember } from '@/lib/sharing/member-store'
import { createGuest } from '@/lib/auth/users'
import { voteResults } from '@/lib/facilitation/session-rules'
import { ballotKey, readSession, sessionMapName } from '@/lib/facilitation/session-state'
import {
  encodeAnonymousDot,
  listenToAnonymousBallot,
  type AnonymousBallotAnswer,
} from '@/lib/sync/anonymous-vote'
import {
  closeClient,
  connectClient,
  createTestBoard,
  eventually,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'
import { testOwnerId } from '../helpers/test-owner'

type Client = ReturnType<typeof connectClient>

interface Voter {
  userId: string
  client: Client
  /** The server's answers to this voter, in order. */
  answers: AnonymousBallotAnswer[]
}

const session = (client: Client) => client.doc.getMap<unknown>(sessionMapName)

/** Sends one dot as the app does (0 asks which ballot is one's own) and waits for the answer. */
async function place(voter: Voter, voteId: string, targetId: string, delta: -1 | 0 | 1) {
  const before = voter.answers.length
  voter.client.provider.ws!.send(encodeAnonymousDot({ voteId, targetId, delta }))
  await eventually(() => voter.answers.length > before, 'the server to answer the dot')
  return voter.answers[before]!
}

/**
 * Anonymous dot votes with stock y-websocket clients: the server places everyone's dots
 * under pseudonyms it alone can tie to members, so no client (a viewer's raw one included)
 * can link a ballot to a member, and the server still holds each person to their budget.
 */
describe('anonymous votes at the sync server', () => {
  let server: TestServer
  let boardId: string
  let facilitator: Client
  let viewer: Client
  let pat: Voter
  let sam: Voter

  async function voter(name: string): Promise<Voter> {
    const guest = await createGuest(server.database.db, name)
    await addMember(server.database.db, boardId, guest.id, 'editor')
    const client = connectClient(
      server.syncUrl,
      boardId,
      await tokenFor(boardId, 'editor', undefined, guest.id),
    )
    // Presence as the app shows it: everyone can map this Yjs client to the member.
    client.provider.awareness.setLocalStateField('user', { id: guest.id, name })
    const answers: AnonymousBallotAnswer[] = []
    listenToAnonymousBallot(client.provider, (answer) => answers.push(answer))
    await whenSynced(client.provider)
    return { userId: guest.id, client, answers }
  }

  /** Everything a viewer's client holds that could name a voter: the doc, its ids, presence. */
  function assertNoVoterNamed(voters: Voter[]) {
    const state = Buffer.from(Y.encodeStateAsUpdate(viewer.doc)).toString('latin1')
    const entries = JSON.stringify(session(viewer).toJSON())
    const ballotWriters = new Set<number>()
    // Each entry's Yjs item says which client wrote it; presence maps clients to members.
    for (const [key, item] of session(viewer)._map) {
      if (key.startsWith('ballot:')) ballotWriters.add(item.id.client)
    }
    expect(ballotWriters.size).toBeGreaterThan(0)
    for (const { userId, client } of voters) {
      expect(state).not.toContain(userId)
      expect(entries).not.toContain(userId)
      expect(ballotWriters.has(client.doc.clientID)).toBe(false)
    }
  }

  beforeAll(async () => {
    server = await startTestServer()
    boardId = await createTestBoard(server, 'Workshop')
    facilitator = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'owner'))
    viewer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await Promise.all([whenSynced(facilitator.provider), whenSynced(viewer.provider)])
    pat = await voter('Pat')
    sam = await voter('Sam')
  })

  afterAll(async () => {
    for (const client of [facilitator, viewer, pat.client, sam.client]) closeClient(client)
    await server.stop()
  })

  const openVote = async (id: string) => {
    session(facilitator).set('vote', {
      id,
      title: 'Biggest gap',
      budget: 2,
      anonymous: true,
      status: 'open',
    })
    for (const client of [viewer, pat.client, sam.client]) {
      await eventually(
        () => (session(client).get('vote') as { id?: string } | undefined)?.id === id,
        'the vote to open',
      )
    }
  }

  it('counts every dot while no client can tie a ballot to its voter', async () => {
    await openVote('v1')
    expect((await place(pat, 'v1', 'shape:a', 1)).refused).toBe('')
    expect((await place(pat, 'v1', 'shape:a', 1)).refused).toBe('')
    expect((await place(sam, 'v1', 'shape:a', 1)).refused).toBe('')
    expect((await place(sam, 'v1', 'shape:b', 1)).refused).toBe('')
    await eventually(
      () => [...session(viewer).keys()].filter((key) => key.startsWith('ballot:')).length === 2,
      "both ballots to reach the viewer's client",
    )
    // The viewer does see who is present: the link would be there if voters wrote ballots.
    const present = [...viewer.provider.awareness.getStates().values()].map((state) =>
      JSON.stringify(state),
    )
    expect(present.join()).toContain(pat.userId)
    assertNoVoterNamed([pat, sam])

    session(facilitator).set('vote', {
      id: 'v1',
      title: 'Biggest gap',
      budget: 2,
      anonymous: true,
      status: 'closed',
    })
    await eventually(
      () => (session(viewer).get('vote') as { status?: string }).status === 'closed',
      'the vote to close',
    )
    assertNoVoterNamed([pat, sam])
    expect(voteResults(readSession(session(viewer).toJSON()))).toEqual([
      { targetId: 'shape:a', dots: 3, voters: [] },
      { targetId: 'shape:b', dots: 1, voters: [] },
    ])
  })

  it("holds each person to the vote's budget, and tells only them which ballot is theirs", async () => {
    await openVote('v2')
    const first = await place(pat, 'v2', 'shape:a', 1)
    expect(first.refused).toBe('')
    expect((await place(pat, 'v2', 'shape:b', 1)).ballotId).toBe(first.ballotId)
    expect(await place(pat, 'v2', 'shape:c', 1)).toEqual({
      voteId: 'v2',
      ballotId: '',
      refused: 'no dots left to place',
    })
    expect((await place(pat, 'v2', 'shape:a', -1)).refused).toBe('')
    expect((await place(pat, 'v2', 'shape:c', 1)).refused).toBe('')
    await eventually(
      () =>
        JSON.stringify(session(viewer).get(ballotKey(first.ballotId))) ===
        JSON.stringify({ voteId: 'v2', name: '', dots: { 'shape:b': 1, 'shape:c': 1 } }),
      'the ballot within budget',
    )
    // A new connection of the same member finds the same ballot (and so the same budget).
    const again = connectClient(
      server.syncUrl,
      boardId,
      await tokenFor(boardId, 'editor', undefined, pat.userId),
    )
    const answers: AnonymousBallotAnswer[] = []
    listenToAnonymousBallot(again.provider, (answer) => answers.push(answer))
    await whenSynced(again.provider)
    const asked = await place({ userId: pat.userId, client: again, answers }, 'v2', '', 0)
    expect(asked.ballotId).toBe(first.ballotId)
    expect(
      (await place({ userId: pat.userId, client: again, answers }, 'v2', 'shape:d', 1)).refused,
    ).toBe('no dots left to place')
    closeClient(again)
    // The same person's ballots in two votes do not match.
    expect(pat.answers.find((answer) => answer.voteId === 'v1')!.ballotId).not.toBe(first.ballotId)
  })

  it('refuses ballots written by participants themselves, and dots from viewers', async () => {
    await openVote('v3')
    session(pat.client).set(ballotKey(pat.userId), {
      voteId: 'v3',
      name: '',
      dots: { 'shape:a': 1 },
    })
    await eventually(
      () => !session(pat.client).has(ballotKey(pat.userId)),
      "Pat's own ballot undone",
    )
    const viewerVoter: Voter = { userId: testOwnerId, client: viewer, answers: [] }
    listenToAnonymousBallot(viewer.provider, (answer) => viewerVoter.answers.push(answer))
    expect((await place(viewerVoter, 'v3', 'shape:a', 1)).refused).toBe('viewers place no dots')
  })
})
