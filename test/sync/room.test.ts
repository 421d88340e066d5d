import { describe, expect, it, vi } from 'vitest'
import { anonymousBallotIds } from '@/server/sync/anonymous-votes'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { closeCodes } from '@/lib/sync/close-codes'
import { messageTypes } from '@/lib/sync/protocol'
import { encodeSavingStatus, notSaving, saving } from '@/lib/sync/saving-status'
import { encodeRevealRequest } from '@/lib/sync/private-room'
import { encodeAnonymousDot } from '@/lib/sync/anonymous-vote'
import type { RoomRole } from '@/lib/auth/room-token'
import { ParticipantGuard } from '@/server/sync/participant-guard'
import { Room } from '@/server/sync/room'
import { loadSlice } from '@/server/sync/apply-in-slices'
import { statePieces } from '@/server/sync/state-pieces'
import { SyncRefusal } from '@/server/sync/sync-refusal'
import {
  awarenessMessage,
  editUpdate,
  RecordingConnection,
  updateMessage,
} from '../helpers/room-messages'

function newRoom() {
  const logged: Uint8Array[] = []
  const doc = new Y.Doc()
  const room = new Room('board', {
    doc,
    guard: new ParticipantGuard(doc),
    onUpdate: (update, origin) => {
      if (origin === 'local') logged.push(update)
    },
    anonymousBallotId: (voteId, userId) =>
      anonymousBallotIds(new Uint8Array(32))('board', voteId, userId),
  })
  return { room, logged }
}

describe('Room', () => {
  it('greets a joining connection with sync step 1', () => {
    const { room } = newRoom()
    const connection = new RecordingConnection()
    room.join(connection)
    const decoder = decoding.createDecoder(connection.received[0]!)
    expect(decoding.readVarUint(decoder)).toBe(messageTypes.sync)
    expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep1)
    room.destroy()
  })

  it('relays an editor update to the others, not back to the sender, and logs it', () => {
    const { room, logged } = newRoom()
    const sender = new RecordingConnection()
    const other = new RecordingConnection()
    room.join(sender)
    room.join(other)
    const [senderGreeting, otherGreeting] = [sender.received.length, other.received.length]
    room.receive(sender, updateMessage(editUpdate('cube')))
    expect(room.doc.getMap('shapes').get('cube')).toBe(true)
    expect(sender.received.length).toBe(senderGreeting)
    expect(other.received.length).toBe(otherGreeting + 1)
    expect(logged).toHaveLength(1)
    room.destroy()
  })

  it('sends the edits of several writers in one turn to each client as two messages, all of them kept', async () => {
    const { room, logged } = newRoom()
    const writers = Array.from({ length: 5 }, () => new RecordingConnection())
    const reader = new RecordingConnection()
    for (const connection of [...writers, reader]) room.join(connection)
    const greeting = reader.received.length
    writers.forEach((writer, index) => room.receive(writer, updateMessage(editUpdate(`w${index}`))))
    // The turn's first edit goes out at once; the others wait for the turn's end, merged.
    expect(reader.received.length).toBe(greeting + 1)
    await new Promise((resolve) => setImmediate(resolve))
    expect(reader.received.length).toBe(greeting + 2)
    const readerDoc = new Y.Doc()
    for (const message of reader.received.slice(greeting)) {
      const decoder = decoding.createDecoder(message)
      expect(decoding.readVarUint(decoder)).toBe(messageTypes.sync)
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), readerDoc, null)
    }
    expect([...readerDoc.getMap('shapes').keys()].sort()).toEqual(['w0', 'w1', 'w2', 'w3', 'w4'])
    // Each edit is still stored on its own, as it came.
    expect(logged).toHaveLength(5)
    // The first writer's edit is not sent back to it; the merged rest is, to every writer.
    expect(writers[0]!.received.length).toBe(greeting + 1)
    room.destroy()
  })

  it('drops a viewer update: not applied, not relayed, not logged', () => {
    const { room, logged } = newRoom()
    const viewer = new RecordingConnection('viewer')
    const other = new RecordingConnection()
    room.join(viewer)
    room.join(other)
    const before = other.received.length
    room.receive(viewer, updateMessage(editUpdate('sneaky')))
    expect(room.doc.getMap('shapes').has('sneaky')).toBe(false)
    expect(other.received.length).toBe(before)
    expect(logged).toHaveLength(0)
    room.destroy()
  })

  it('does not log the state it was loaded with', async () => {
    const { room, logged } = newRoom()
    await room.load([editUpdate('stored')])
    expect(room.doc.getMap('shapes').get('stored')).toBe(true)
    expect(logged).toHaveLength(0)
    room.destroy()
  })

  it('does not encode the state it loads as an update, and relays what comes after', async () => {
    const { room, logged } = newRoom()
    const emitted: string[] = []
    const emit = room.doc.emit.bind(room.doc)
    vi.spyOn(room.doc, 'emit').mockImplementation((name, args) => {
      emitted.push(name)
      emit(name, args)
    })
    await room.load([editUpdate('stored'), editUpdate('also stored')])
    expect(emitted).not.toContain('update')

    const client = new RecordingConnection()
    room.join(client)
    room.receive(client, updateMessage(editUpdate('edited')))
    expect(emitted).toContain('update')
    expect(logged).toHaveLength(1)
    room.destroy()
  })

  it('applies a long stored log a slice at a time, letting the event loop turn between', async () => {
    const { room, logged } = newRoom()
    const log = Array.from({ length: 3 * loadSlice.updates }, (_, index) => editUpdate(`${index}`))
    const events: string[] = []
    setImmediate(() => events.push('the loop turned'))
    await room.load(log)
    events.push('loaded')
    expect(events).toEqual(['the loop turned', 'loaded'])
    expect(room.doc.getMap('shapes').size).toBe(log.length)
    expect(logged).toHaveLength(0)
    room.destroy()
  })

  it('ends a slice of a load when its time is up, however few updates it holds', async () => {
    const { room } = newRoom()
    const log = Array.from({ length: 10 }, (_, index) => editUpdate(`${index}`))
    let transactions = 0
    room.doc.on('afterTransaction', () => transactions++)
    let now = 0
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += loadSlice.ms / 2))
    try {
      await room.load(log)
    } finally {
      clock.mockRestore()
    }
    expect(transactions).toBeGreaterThanOrEqual(5)
    expect(room.doc.getMap('shapes').size).toBe(log.length)
    room.destroy()
  })

  it('applies a compacted state in its pieces, letting the event loop turn between', async () => {
    const { room } = newRoom()
    const board = new Y.Doc()
    for (let index = 0; index < 4000; index++) {
      board.getMap('shapes').set(`shape:${index % 200}`, `position ${index}`)
    }
    const pieces = statePieces(Y.encodeStateAsUpdate(board))
    const events: string[] = []
    setImmediate(() => events.push('the loop turned'))
    await room.load(pieces)
    events.push('loaded')
    expect(events).toEqual(['the loop turned', 'loaded'])
    expect(room.doc.getMap('shapes').toJSON()).toEqual(board.getMap('shapes').toJSON())
    room.destroy()
  })

  it('removes the awareness states of a connection that leaves, and tells the others', () => {
    const { room } = newRoom()
    const leaving = new RecordingConnection()
    const staying = new RecordingConnection()
    room.join(leaving)
    room.join(staying)
    const clientDoc = new Y.Doc()
    room.receive(leaving, awarenessMessage(clientDoc, { user: { name: 'Ada' } }))
    expect(room.awareness.getStates().has(clientDoc.clientID)).toBe(true)
    const before = staying.received.length
    room.leave(leaving)
    expect(room.awareness.getStates().has(clientDoc.clientID)).toBe(false)
    expect(staying.received.length).toBe(before + 1)
    room.destroy()
  })

  it('refuses malformed input with a SyncRefusal and keeps its state', () => {
    const { room } = newRoom()
    const connection = new RecordingConnection()
    room.join(connection)
    room.receive(connection, updateMessage(editUpdate('kept')))
    const refusalOf = (message: Uint8Array) => {
      try {
        room.receive(connection, message)
      } catch (error) {
        return error instanceof SyncRefusal ? error.code : error
      }
      return 'accepted'
    }
    expect(refusalOf(Uint8Array.from([]))).toBe(closeCodes.badRequest)
    expect(refusalOf(Uint8Array.from([9]))).toBe(closeCodes.badRequest)
    expect(refusalOf(Uint8Array.from([messageTypes.sync, 7]))).toBe(closeCodes.badRequest)
    expect(refusalOf(updateMessage(Uint8Array.from([3, 3, 3])))).toBe(
      closeCodes.unprocessableUpdate,
    )
    expect([...room.doc.getMap('shapes').keys()]).toEqual(['kept'])
    room.destroy()
  })

  it("lets a participant's overwritten values be garbage, as a facilitator's are", () => {
    const sizeAfterEdits = (role: RoomRole) => {
      const { room } = newRoom()
      const connection = new RecordingConnection(role)
      room.join(connection)
      const client = new Y.Doc()
      const record = new Y.Map<unknown>()
      client.getMap('tl_records').set('shape:a', record)
      room.receive(connection, updateMessage(Y.encodeStateAsUpdate(client)))
      for (let edit = 0; edit < 50; edit++) {
        const before = Y.encodeStateVector(client)
        record.set('text', `${edit} ${'x'.repeat(1000)}`)
        room.receive(connection, updateMessage(Y.encodeStateAsUpdate(client, before)))
      }
      const size = Y.encodeStateAsUpdate(room.doc).byteLength
      room.destroy()
      return size
    }
    const participant = sizeAfterEdits('editor')
    // Without collection the 50 overwritten kilobyte values stay: over 50 KB.
    expect(participant).toBeLessThan(3000)
    // Client ids are random, and their varint length varies by a few bytes.
    expect(Math.abs(participant - sizeAfterEdits('facilitator'))).toBeLessThan(32)
  })

  it('answers a connection repeating sync step 1 once while an answer is on its way, and at most once a second', async () => {
    vi.useFakeTimers()
    const { room } = newRoom()
    await room.load([editUpdate('stored')])
    const connection = new RecordingConnection('viewer')
    room.join(connection)
    const greeted = connection.received.length
    const wholeBoard = encoding.createEncoder()
    encoding.writeVarUint(wholeBoard, messageTypes.sync)
    syncProtocol.writeSyncStep1(wholeBoard, new Y.Doc())
    connection.holdSent = true
    for (let i = 0; i < 100; i++) room.receive(connection, encoding.toUint8Array(wholeBoard))
    expect(connection.received.length).toBe(greeted + 1)
    connection.releaseSent()
    expect(connection.received.length).toBe(greeted + 1)
    vi.advanceTimersByTime(1000)
    // The 99 requests that waited get one answer.
    expect(connection.received.length).toBe(greeted + 2)
    vi.advanceTimersByTime(5000)
    expect(connection.received.length).toBe(greeted + 2)
    room.destroy()
    vi.useRealTimers()
  })

  it('judges an allowed participant update in its one transaction, with nothing to clear after', () => {
    const { room } = newRoom()
    const connection = new RecordingConnection('editor')
    room.join(connection)
    let transactions = 0
    room.doc.on('afterTransaction', () => transactions++)
    const client = new Y.Doc()
    client.getMap('tl_records').set('shape:a', new Y.Map<unknown>())
    room.receive(connection, updateMessage(Y.encodeStateAsUpdate(client)))
    expect(transactions).toBe(1)
    room.destroy()
  })

  it("lets what a refused participant's edits deleted be garbage once they are undone", async () => {
    const { room } = newRoom()
    const locked = new Y.Doc()
    const record = new Y.Map<unknown>()
    locked.getMap('tl_records').set('shape:locked', record)
    record.set('meta', new Y.Map(Object.entries({ cbLock: true })))
    record.set('text', 'scaffold')
    await room.load([Y.encodeStateAsUpdate(locked)])
    const connection = new RecordingConnection('editor')
    room.join(connection)
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc))
    const clientRecord = client.getMap<Y.Map<unknown>>('tl_records').get('shape:locked')!
    for (let edit = 0; edit < 50; edit++) {
      const before = Y.encodeStateVector(client)
      clientRecord.set('text', `${edit} ${'x'.repeat(1000)}`)
      room.receive(connection, updateMessage(Y.encodeStateAsUpdate(client, before)))
      // The client takes the undo back, as a stock client does from the room's broadcast.
      Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(client)))
    }
    const held = room.doc.getMap<Y.Map<unknown>>('tl_records').get('shape:locked')!
    expect(held.get('text')).toBe('scaffold')
    // Without collection the 50 refused kilobyte values stay: over 50 KB.
    expect(Y.encodeStateAsUpdate(room.doc).byteLength).toBeLessThan(3000)
    room.destroy()
  })

  it('tells its clients when changes stop being saved and start again, and a newcomer meanwhile', () => {
    const { room } = newRoom()
    const present = new RecordingConnection()
    room.join(present)
    const statuses = (connection: RecordingConnection) =>
      connection.received.filter((message) => message[0] === messageTypes.savingStatus)
    room.setSavingStatus(notSaving)
    room.setSavingStatus(notSaving)
    expect(statuses(present)).toEqual([encodeSavingStatus(notSaving)])
    const newcomer = new RecordingConnection()
    room.join(newcomer)
    expect(statuses(newcomer)).toEqual([encodeSavingStatus(notSaving)])
    room.setSavingStatus(saving)
    expect(statuses(present)).toEqual([encodeSavingStatus(notSaving), encodeSavingStatus(saving)])
    const later = new RecordingConnection()
    room.join(later)
    expect(statuses(later)).toEqual([])
    room.destroy()
  })
})

describe('a reveal of private items asked of a room', () => {
  /** The room's answer to a reveal request, read back. */
  function revealAnswer(connection: RecordingConnection) {
    const decoder = decoding.createDecoder(connection.received.at(-1)!)
    expect(decoding.readVarUint(decoder)).toBe(messageTypes.privateRevealed)
    return { revealed: decoding.readVarUint(decoder), refused: decoding.readVarString(decoder) }
  }

  it("runs the board's reveal for a facilitator and refuses everyone else", async () => {
    const reveal = vi.fn(async () => 3)
    const doc = new Y.Doc()
    const room = new Room('board', {
      doc,
      guard: new ParticipantGuard(doc),
      onUpdate: () => {},
      revealPrivateItems: reveal,
    })
    const editor = new RecordingConnection('editor')
    const facilitator = new RecordingConnection('facilitator')
    room.join(editor)
    room.join(facilitator)
    room.receive(editor, encodeRevealRequest())
    expect(revealAnswer(editor)).toEqual({
      revealed: 0,
      refused: 'only facilitators reveal private items',
    })
    expect(reveal).not.toHaveBeenCalled()
    room.receive(facilitator, encodeRevealRequest())
    await vi.waitFor(() => expect(revealAnswer(facilitator)).toEqual({ revealed: 3, refused: '' }))
    room.destroy()
  })

  it('is refused in a private room, as anonymous dots are', () => {
    const doc = new Y.Doc()
    const room = new Room('board/private/member', {
      doc,
      guard: new ParticipantGuard(doc),
      onUpdate: () => {},
    })
    const author = new RecordingConnection('owner')
    room.join(author)
    room.receive(author, encodeRevealRequest())
    expect(revealAnswer(author)).toEqual({
      revealed: 0,
      refused: 'reveal private items on the board',
    })
    room.receive(author, encodeAnonymousDot({ voteId: 'v', targetId: 't', delta: 1 }))
    const decoder = decoding.createDecoder(author.received.at(-1)!)
    expect(decoding.readVarUint(decoder)).toBe(messageTypes.anonymousBallot)
    decoding.readVarString(decoder)
    decoding.readVarString(decoder)
    expect(decoding.readVarString(decoder)).toBe('nobody votes here')
    room.destroy()
  })
})
