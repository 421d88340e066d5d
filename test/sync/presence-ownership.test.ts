import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import { messageTypes } from '@/lib/sync/protocol'
import { createGuest } from '@/lib/auth/users'
import { addMember } from '@/lib/sharing/member-store'
import {
  closeClient,
  connectClient,
  createTestBoard,
  eventually,
  openRawSocket,
  startTestServer,
  tokenFor,
  whenSynced,
  type TestServer,
} from '../helpers/server'

/** An awareness message setting `state` for `clientId` at `clock`, as any client can write one. */
function awarenessFor(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 1)
  encoding.writeVarUint(update, clientId)
  encoding.writeVarUint(update, clock)
  encoding.writeVarString(update, JSON.stringify(state))
  const message = encoding.createEncoder()
  encoding.writeVarUint(message, messageTypes.awareness)
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update))
  return encoding.toUint8Array(message)
}

describe('presence', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it("a viewer cannot speak for the owner's awareness id; its own id works", async () => {
    const boardId = await createTestBoard(server)
    const owner = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'owner'))
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'editor'))
    await Promise.all([whenSynced(owner.provider), whenSynced(observer.provider)])
    owner.provider.awareness.setLocalStateField('user', { name: 'Olga (owner)' })
    const ownerId = owner.doc.clientID
    const nameAtObserver = (clientId: number) =>
      observer.provider.awareness.getStates().get(clientId)?.user?.name as string | undefined
    await eventually(() => nameAtObserver(ownerId) === 'Olga (owner)', "the owner's name")

    const vic = await createGuest(server.database.db, 'Vic')
    await addMember(server.database.db, boardId, vic.id, 'viewer')
    const token = await tokenFor(boardId, 'viewer', undefined, vic.id)
    const viewer = await openRawSocket(`${server.syncUrl}/${boardId}?token=${token}`)
    viewer.send(awarenessFor(ownerId, 1000, { user: { name: 'Forged' } }))
    viewer.send(awarenessFor(ownerId, 1001, null))
    // Its own id, sent after the forgeries: once it shows, they have been dealt with.
    viewer.send(awarenessFor(4242, 1, { user: { name: 'Vic (viewer)' } }))
    await eventually(() => nameAtObserver(4242) === 'Vic (viewer)', "the viewer's own name")
    expect(nameAtObserver(ownerId)).toBe('Olga (owner)')
    expect(owner.provider.awareness.getStates().get(ownerId)?.user?.name).toBe('Olga (owner)')

    // A newcomer hears the same.
    const newcomer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await whenSynced(newcomer.provider)
    await eventually(
      () => newcomer.provider.awareness.getStates().has(4242),
      'presence at the newcomer',
    )
    expect(newcomer.provider.awareness.getStates().get(ownerId)?.user?.name).toBe('Olga (owner)')

    // The viewer leaving takes its own presence, never the owner's.
    viewer.close()
    await eventually(() => nameAtObserver(4242) === undefined, "the viewer's presence gone")
    expect(nameAtObserver(ownerId)).toBe('Olga (owner)')
    for (const client of [owner, observer, newcomer]) closeClient(client)
  })

  it("a member's new connection takes over their own id from the old one", async () => {
    const boardId = await createTestBoard(server)
    const observer = connectClient(server.syncUrl, boardId, await tokenFor(boardId, 'viewer'))
    await whenSynced(observer.provider)
    const url = `${server.syncUrl}/${boardId}?token=${await tokenFor(boardId, 'editor')}`
    const old = await openRawSocket(url)
    old.send(awarenessFor(777, 1, { user: { name: 'Before' } }))
    const name = () => observer.provider.awareness.getStates().get(777)?.user?.name
    await eventually(() => name() === 'Before', 'the first name')
    const renewed = await openRawSocket(url)
    renewed.send(awarenessFor(777, 2, { user: { name: 'After' } }))
    await eventually(() => name() === 'After', 'the name from the new connection')
    old.close()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(name()).toBe('After')
    renewed.close()
    await eventually(() => name() === undefined, 'gone with the new connection')
    closeClient(observer)
  })
})
