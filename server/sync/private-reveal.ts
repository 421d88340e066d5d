// The facilitator's reveal, at the server: every member's private items move into the board in one change.
import * as Y from 'yjs'
import { lockMetaKey, privateMetaKey } from '@/lib/model'
import { privateRecordTypes } from '@/lib/shapes'
import { privateCountKey, sessionMapName } from '@/lib/facilitation/session-state'
import { parseRoomName } from '@/lib/sync/private-room'
import { docLayout, readYRecord, recordToYMap, type JsonRecord } from '@/lib/sync/record-layout'
import type { RoomExtension } from './extensions'
import type { Room } from './room'
import type { Rooms } from './rooms'
import type { PrivateStorage } from './storage/private-storage'

/** Origin of the reveal's changes: made by the server for the facilitator who asked. */
const revealing = Symbol('revealing private items')

/** Origin of the counts of private items the server keeps in the board's session. */
const counting = Symbol('counting private items')

const revealedTypes = new Set(privateRecordTypes)

/**
 * Reveals a board's private items: loads every member's private room that has anything
 * stored (from storage when its author is away; another instance's clients get the change
 * through the relay), writes their records into the board's doc without the private mark
 * in one transaction, then deletes them from the private docs. The deletion is an ordinary
 * Yjs change of each private doc, so an author's client receives it when it is next in
 * sync, and what a stale offline copy still holds is deleted there rather than coming back.
 * Items that board members' old clients wrote into the board's doc marked private lose
 * their mark too. Answers how many items were revealed.
 */
export async function revealPrivateItems(
  boardId: string,
  rooms: { board: Rooms; private: Rooms; privateStorage: PrivateStorage },
): Promise<number> {
  const boardRoom = await rooms.board.acquire(boardId)
  if (!boardRoom) return 0
  const held: Room[] = []
  try {
    for (const roomName of await rooms.privateStorage.roomsOf(boardId)) {
      const room = await rooms.private.acquire(roomName)
      if (room) held.push(room)
    }
    return moveIntoBoard(
      boardRoom.doc,
      held.map((room) => room.doc),
    )
  } finally {
    for (const room of held) rooms.private.release(room)
    rooms.board.release(boardRoom)
  }
}

/**
 * Moves the private docs' records into the board's doc, unmarked, and empties them of
 * what moved. A record whose id the board already holds (only a hand-made client could
 * write one) stays where it is rather than overwrite the board's; so does anything that
 * is not an item people make (a page, the document).
 */
function moveIntoBoard(board: Y.Doc, privateDocs: Y.Doc[]): number {
  const boardRecords = board.getMap<unknown>(docLayout.records)
  const moves = privateDocs.map((doc) => {
    const records = doc.getMap<unknown>(docLayout.records)
    const moving = revealable(doc).filter((record) => !boardRecords.has(record.id))
    return { doc, records, moving }
  })
  let revealed = 0
  board.transact(() => {
    for (const yRecord of boardRecords.values()) {
      const meta = yRecord instanceof Y.Map ? yRecord.get('meta') : undefined
      if (meta instanceof Y.Map && meta.has(privateMetaKey)) {
        meta.delete(privateMetaKey)
        revealed++
      }
    }
    const arriving = new Set(moves.flatMap(({ moving }) => moving.map((record) => record.id)))
    const page = firstPage(boardRecords)
    for (const { moving } of moves) {
      for (const record of moving) {
        const meta = { ...(record.meta as Record<string, unknown> | undefined) }
        delete meta[privateMetaKey]
        // Only facilitators lock things; in a private room its author could write anything.
        delete meta[lockMetaKey]
        // A shape whose frame (or group) someone deleted meanwhile lands on the page
        // rather than in the board unseen.
        const parentId = record.parentId
        const orphan =
          typeof parentId === 'string' &&
          parentId.startsWith('shape:') &&
          !boardRecords.has(parentId) &&
          !arriving.has(parentId)
        const placed = orphan && page ? { ...record, parentId: page, meta } : { ...record, meta }
        boardRecords.set(record.id, recordToYMap(placed))
        revealed++
      }
    }
  }, revealing)
  for (const { doc, records, moving } of moves) {
    if (moving.length === 0) continue
    doc.transact(() => {
      for (const record of moving) records.delete(record.id)
    }, revealing)
  }
  return revealed
}

/** The id of the board's first page (by its place in the page list). */
function firstPage(boardRecords: Y.Map<unknown>): string | null {
  const pages = [...boardRecords.values()].flatMap((yRecord) => {
    if (!(yRecord instanceof Y.Map) || yRecord.get('typeName') !== 'page') return []
    return [{ id: String(yRecord.get('id')), index: String(yRecord.get('index')) }]
  })
  pages.sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : 0))
  return pages[0]?.id ?? null
}

/** The items a private doc holds that a reveal moves: records of the types people make. */
function revealable(doc: Y.Doc): JsonRecord[] {
  return [...doc.getMap<unknown>(docLayout.records).entries()].flatMap(([id, yRecord]) => {
    if (!(yRecord instanceof Y.Map)) return []
    const record = readYRecord(yRecord)
    return record.id === id && revealedTypes.has(record.typeName) ? [record] : []
  })
}

/**
 * Keeps the board's session told how many private items each member has waiting (only
 * the count, under `privateItems:<memberId>`), so facilitators see "Reveal 3 private
 * items" without anyone's content: written whenever a private room loads or changes on
 * an instance that has the board's room open too.
 */
export function privateItemCounts(boardRooms: Rooms): RoomExtension {
  const count = (room: Room) => {
    const address = parseRoomName(room.boardId)
    const board = address?.privateTo ? boardRooms.loaded(address.boardId) : null
    if (!address?.privateTo || !board) return
    const key = privateCountKey(address.privateTo)
    const items = revealable(room.doc).length
    const session = board.doc.getMap<unknown>(sessionMapName)
    if ((session.get(key) ?? 0) === items) return
    board.maintain(() =>
      board.doc.transact(() => {
        if (items > 0) session.set(key, items)
        else session.delete(key)
      }, counting),
    )
  }
  return { loaded: count, changed: count }
}
