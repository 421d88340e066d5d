// The live sync endpoint: WebSocket upgrades on /sync/<boardId>, checked, handed to the rooms.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { RoomTokenError, verifyRoomToken, type RoomGrant } from '@/lib/auth/room-token'
import { closeCodes, maxMessageBytes } from '@/lib/sync/close-codes'
import { parseRoomName, privateRoomName } from '@/lib/sync/private-room'
import type { Room } from './room'
import type { Rooms } from './rooms'
import { SocketConnection } from './socket-connection'
import { SyncRefusal } from './sync-refusal'
import { AccessWatch, type MemberRoles } from './access-watch'

export const syncPathPrefix = '/sync/'

export interface SyncServerOptions {
  rooms: Rooms
  /** Members' private rooms (`/sync/<boardId>/private/<memberId>`); without it, none open. */
  privateRooms?: Rooms
  signingSecret: Uint8Array
  /** Board members now; without it, a valid token is enough (tests of the protocol alone). */
  members?: MemberRoles
  /** How often open connections are checked against the members. */
  accessCheckMs?: number
  /** A member's last connection to a board's room closed (they left it); private rooms do not count. */
  onMemberLeft?(boardId: string, userId: string, room: Room): void
  /** An idle connection gets a protocol message (and a ping) this often; the client gives up after 30 s. */
  keepAliveMs?: number
  log?: Pick<Console, 'info' | 'warn' | 'error'>
}

export interface SyncServer {
  /** Takes an HTTP upgrade whose path starts with /sync/. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  readonly connectionCount: number
  /** Checks the open connections of a board against its members now. */
  recheckAccess(boardId: string): Promise<void>
  /** Closes every connection with 1012 so clients reconnect (to this or another instance). */
  close(): Promise<void>
}

/**
 * The y-websocket endpoint: checks the room token and loads the board before the upgrade
 * completes, then hands each binary frame to the board's room. Every refusal closes only
 * that one connection, with a 44xx code and a reason.
 */
export function createSyncServer(options: SyncServerOptions): SyncServer {
  const { rooms, signingSecret, log = console } = options
  const keepAliveMs = options.keepAliveMs ?? 15_000
  // Frames between the cap and this ceiling are read and refused with 4413; bigger ones are
  // cut off by ws (1009) from the frame header, before their payload is buffered.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxMessageBytes * 4,
    perMessageDeflate: false,
  })
  const connections = new Map<SocketConnection, Room>()
  /** The connections to private rooms (the access watch closes them like any other). */
  const privateConnections = new Set<SocketConnection>()
  const access = options.members
    ? new AccessWatch(options.members, () => connections.keys(), log)
    : null
  access?.start(options.accessCheckMs ?? 2000)

  const keepAliveRoundMs = Math.max(10, Math.floor(keepAliveMs / 3))
  const keepAlive = setInterval(() => {
    const now = Date.now()
    for (const [connection, room] of connections) {
      const silentMs = now - connection.lastHeardAt
      if (silentMs > keepAliveMs * 3) {
        connection.socket.terminate()
        continue
      }
      // A client heard from since the last round is there: only silent ones are pinged, so
      // 2,000 editing clients cost no ping each round (a write to each socket, in one turn).
      if (silentMs >= keepAliveRoundMs) connection.socket.ping()
      if (now - connection.lastSentAt >= keepAliveMs) connection.send(room.keepAliveMessage())
    }
  }, keepAliveRoundMs)
  keepAlive.unref()

  function refuse(request: IncomingMessage, socket: Duplex, head: Buffer, refusal: SyncRefusal) {
    wss.handleUpgrade(request, socket, head, (ws) => ws.close(refusal.code, refusal.message))
  }

  /** Who may connect, and to which room of which kind. */
  interface Admission {
    grant: RoomGrant
    /** The rooms the room is held by: the boards', or the private ones. */
    rooms: Rooms
    roomName: string
    inPrivate: boolean
  }

  async function admit(request: IncomingMessage): Promise<Admission> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const name = safeDecode(url.pathname.slice(syncPathPrefix.length))
    const address = name === null ? null : parseRoomName(name)
    if (!address) {
      throw new SyncRefusal(
        closeCodes.badRequest,
        'expected /sync/<boardId> or /sync/<boardId>/private/<memberId>',
      )
    }
    const { boardId, privateTo } = address
    const token = url.searchParams.get('token')
    if (!token) throw new SyncRefusal(closeCodes.unauthorized, 'missing token')
    let grant: RoomGrant
    try {
      grant = await verifyRoomToken(token, signingSecret)
    } catch (error) {
      if (error instanceof RoomTokenError)
        throw new SyncRefusal(closeCodes.unauthorized, error.message)
      throw error
    }
    if (grant.boardId !== boardId) {
      throw new SyncRefusal(closeCodes.forbidden, 'token is for another board')
    }
    const admitted = access ? { ...grant, role: await access.admit(grant) } : grant
    if (privateTo === null) {
      return { grant: admitted, rooms, roomName: boardId, inPrivate: false }
    }
    return {
      grant: admitted,
      rooms: privateRoomsFor(admitted, privateTo),
      roomName: privateRoomName(boardId, privateTo),
      inPrivate: true,
    }
  }

  /** A private room opens only for its author, who must be able to add things to the board. */
  function privateRoomsFor(grant: RoomGrant, memberId: string): Rooms {
    if (!options.privateRooms) {
      throw new SyncRefusal(closeCodes.unknownBoard, 'this server keeps no private rooms')
    }
    if (memberId !== grant.userId) {
      throw new SyncRefusal(
        closeCodes.forbidden,
        "a private room opens only for its author: this is another member's",
      )
    }
    if (grant.role === 'viewer') {
      throw new SyncRefusal(
        closeCodes.forbidden,
        'viewers add nothing, so they have no private room',
      )
    }
    return options.privateRooms
  }

  async function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    // A client may vanish while we check its token or load its board.
    socket.on('error', () => {})
    let admission: Admission
    let room: Room | null
    try {
      admission = await admit(request)
      room = await admission.rooms.acquire(admission.roomName)
    } catch (error) {
      if (error instanceof SyncRefusal) return refuse(request, socket, head, error)
      log.error('sync: could not open room', error)
      return refuse(
        request,
        socket,
        head,
        new SyncRefusal(closeCodes.unavailable, 'board could not be loaded; retrying'),
      )
    }
    if (!room) {
      return refuse(
        request,
        socket,
        head,
        new SyncRefusal(closeCodes.unknownBoard, `board ${admission.grant.boardId} does not exist`),
      )
    }
    const openedRoom = room
    let attached = false
    wss.handleUpgrade(request, socket, head, (ws) => {
      attached = true
      attach(ws, admission, openedRoom)
    })
    if (!attached) admission.rooms.release(openedRoom)
  }

  function attach(ws: WebSocket, { grant, rooms: heldBy, inPrivate }: Admission, room: Room) {
    const connection = new SocketConnection(ws, grant.boardId, grant.userId, grant.role, () =>
      detach(),
    )
    connections.set(connection, room)
    if (inPrivate) privateConnections.add(connection)
    let detached = false
    const detach = () => {
      if (detached) return
      detached = true
      connections.delete(connection)
      privateConnections.delete(connection)
      room.leave(connection)
      const stillHere = [...connections.keys()].some(
        (other) =>
          other.boardId === connection.boardId &&
          other.userId === connection.userId &&
          !privateConnections.has(other),
      )
      // What a member saw is read from the board's room only, never from a private one.
      if (!inPrivate && !stillHere) {
        options.onMemberLeft?.(connection.boardId, connection.userId, room)
      }
      heldBy.release(room)
    }
    ws.on('message', (data, isBinary) => {
      // After a refusal nothing more is read; during a shutdown close, in-flight edits still count.
      if (detached || connection.refused) return
      connection.lastHeardAt = Date.now()
      if (!isBinary) {
        return connection.refuse(
          new SyncRefusal(closeCodes.badRequest, 'text frames are not part of the protocol'),
        )
      }
      const message = toBytes(data)
      if (message.byteLength > maxMessageBytes) {
        return connection.refuse(
          new SyncRefusal(closeCodes.messageTooLarge, `message over ${maxMessageBytes} bytes`),
        )
      }
      try {
        room.receive(connection, message)
      } catch (error) {
        if (error instanceof SyncRefusal) return connection.refuse(error)
        log.error(`sync: unexpected error in board ${room.boardId}`, error)
        connection.refuse(new SyncRefusal(closeCodes.serverError, 'internal error'))
      }
    })
    ws.on('close', detach)
    ws.on('error', (error) => {
      log.warn(`sync: connection error in board ${room.boardId}: ${error.message}`)
      detach()
    })
    room.join(connection)
  }

  return {
    handleUpgrade: (request, socket, head) => void handleUpgrade(request, socket, head),
    get connectionCount() {
      return connections.size
    },
    recheckAccess: (boardId) => access?.check(boardId) ?? Promise.resolve(),
    close: async () => {
      clearInterval(keepAlive)
      access?.stop()
      const closed = [...connections.keys()].map(
        (connection) =>
          new Promise<void>((resolve) => {
            connection.socket.once('close', () => resolve())
            connection.close(closeCodes.serverRestart, 'server restarting')
            setTimeout(() => {
              connection.socket.terminate()
              resolve()
            }, 1000).unref()
          }),
      )
      await Promise.all(closed)
      wss.close()
    },
  }
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return data
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}
