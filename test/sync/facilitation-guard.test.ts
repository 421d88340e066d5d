import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addMember } from '@/lib/sharing/member-store'
import { createGuest } from '@/lib/auth/users'
import { ballotKey, sessionMapName } from '@/lib/facilitation/session-state'
import { docLayout, readYRecord, recordToYMap } from '@/lib/sync/record-layout'
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

type Client = ReturnType<typeof connectClient>

const records = (client: Client) => client.doc.getMap<Y.Map<unknown>>(docLayout.records)
const session = (client: Client) => client.doc.getMap<unknown>(sessionMapName)

function shape(id: string, parentId = 'page:page', meta: Record<string, unknown> = {}) {
  return recordToYMap({
    id,
    typeName: 'shape',
    type: 'geo',
    parentId,
    x: 0,
    y: 0,
    isLocked: false,
    meta,
    props: { color: 'black' },
  })
}

/**
 * Facilitation rules at the sync server, with stock y-websocket clients (what a participant
 * could script): what breaks a rule is undone for everyone, the sender included.
 */
describe('facilitator-only changes at the sync server', () => {
  let server: TestServer
  let boardId: string
  let facilitator: Client
  let participant: Client
  let participantId: string

  beforeAll(async () => {
    server = await startTestServer()
    boardId = await createTestBoard(server, 'Workshop')
    const guest = await createGuest(server.database.db, 'Pat')
    participantId = guest.id
    await addMember(server.database.db, boardId, guest.id, 'editor')
    facilitator = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'owner'))
    participant = connectClient(
      server.syncUrl,
      boardId,
      await tokenFor(boardId, 'editor', undefined, guest.id),
    )
    await Promise.all([whenSynced(facilitator.provider), whenSynced(participant.provider)])
  })

  afterAll(async () => {
    closeClient(facilitator)
    closeClient(participant)
    await server.stop()
  })

  /** A fresh stock client's view: what the server holds. */
  async function serverView<T>(read: (client: Client) => T): Promise<T> {
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await whenSynced(observer.provider)
    try {
      return read(observer)
    } finally {
      closeClient(observer)
    }
  }

  it('lets the facilitator run the timer and undoes a participant who tries', async () => {
    const timer = { state: 'running', durationMs: 60_000, endsAt: Date.now() + 60_000 }
    session(facilitator).set('timer', timer)
    await eventually(() => session(participant).has('timer'), 'the timer to reach the participant')
    session(participant).set('timer', { ...timer, endsAt: timer.endsAt + 3_600_000 })
    session(participant).set('privateMode', true)
    await eventually(
      () =>
        (session(participant).get('timer') as typeof timer).endsAt === timer.endsAt &&
        !session(participant).has('privateMode'),
      "the participant's timer change to be undone",
    )
    expect(session(facilitator).get('timer')).toEqual(timer)
    expect(await serverView((client) => session(client).toJSON())).toEqual({ timer })
  })

  it('keeps locked scaffolding in place: no moves, unlocks or deletes by participants', async () => {
    records(facilitator).set(
      'shape:scaffold',
      shape('shape:scaffold', 'page:page', { cbLock: true }),
    )
    records(facilitator).set('shape:open', shape('shape:open'))
    await eventually(() => records(participant).has('shape:open'), 'the shapes to arrive')

    records(participant).get('shape:scaffold')!.set('x', 500)
    await eventually(
      () => records(participant).get('shape:scaffold')!.get('x') === 0,
      'the move undone',
    )
    ;(records(participant).get('shape:scaffold')!.get('meta') as Y.Map<unknown>).delete('cbLock')
    records(participant).delete('shape:scaffold')
    // An allowed change in the same breath still lands.
    records(participant).get('shape:open')!.set('x', 42)
    await eventually(
      () => records(participant).get('shape:scaffold')?.get('x') === 0,
      'the unlock and the delete undone',
    )
    await eventually(
      () => records(facilitator).get('shape:open')!.get('x') === 42,
      'the allowed move',
    )
    const held = await serverView((client) => readYRecord(records(client).get('shape:scaffold')!))
    expect(held).toMatchObject({ x: 0, meta: { cbLock: true } })
  })

  it('refuses things put inside a locked frame, and participants locking things', async () => {
    records(participant).set('shape:sneaked-in', shape('shape:sneaked-in', 'shape:scaffold'))
    records(participant).set('shape:grab', shape('shape:grab', 'page:page', { cbLock: true }))
    await eventually(
      () =>
        !records(participant).has('shape:sneaked-in') && !records(participant).has('shape:grab'),
      'both new shapes undone',
    )
    expect(await serverView((client) => records(client).has('shape:sneaked-in'))).toBe(false)
  })

  it('counts a ballot only within the budget of the open vote', async () => {
    const vote = { id: 'v1', title: 'Biggest gap', budget: 3, anonymous: false, status: 'open' }
    session(facilitator).set('vote', vote)
    await eventually(() => session(participant).has('vote'), 'the vote to open')
    const mine = ballotKey(participantId)
    const withinBudget = { voteId: 'v1', name: 'Pat', dots: { 'shape:open': 3 } }
    session(participant).set(mine, withinBudget)
    await eventually(() => session(facilitator).has(mine), 'the ballot to arrive')
    session(participant).set(mine, {
      ...withinBudget,
      dots: { 'shape:open': 3, 'shape:scaffold': 2 },
    })
    session(participant).set(ballotKey('someone-else'), withinBudget)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await eventually(
      () => !session(participant).has(ballotKey('someone-else')),
      "the over-budget ballot and the other person's ballot undone",
    )
    expect(session(participant).get(mine)).toEqual(withinBudget)
    expect(session(facilitator).get(mine)).toEqual(withinBudget)
    expect(await serverView((client) => client.doc.getMap(sessionMapName).get(mine))).toEqual(
      withinBudget,
    )
  })
})
