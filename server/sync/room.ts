// One board's live state and the y-websocket protocol around it, without any transport.
import * as Y from 'yjs'
import * as syncProtocol from 'y-protocols/sync'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import type { RoomRole } from '@/lib/auth/room-token'
import { closeCodes } from '@/lib/sync/close-codes'
import { messageTypes } from '@/lib/sync/protocol'
import { may } from '@/lib/auth/board-roles'
import type { Actor, Verdict } from '@/lib/facilitation/session-rules'
import { SyncRefusal } from './sync-refusal'

/** One client in a room, as the room sees it: the transport stays outside. */
export interface RoomConnection {
  readonly role: RoomRole
  /** The member it belongs to: facilitation rules are per person (their own ballot). */
  readonly userId: string
  send(message: Uint8Array): void
}

/**
 * Judges what a participant (anyone who does not facilitate) sends: applies it to the room's
 * doc with `origin`, and undoes it again when it breaks a facilitation rule.
 */
export interface RoomGuard {
  apply(update: Uint8Array, origin: object, actor: Actor): Verdict
  /** Stops watching the doc (the room is destroyed). */
  destroy(): void
}

/** Where a change of a room's doc came from. */
export type ChangeOrigin =
  /** This instance's clients (or the server, on their behalf): stored and relayed by this instance. */
  | 'local'
  /** Another instance's clients: that instance stores it. */
  | 'relayed'

export interface RoomOptions {
  /** The board's doc, empty until `load`; the room owns it from now on. */
  doc: Y.Doc
  /** Built for `doc` by whoever builds the room; destroyed with it. */
  guard: RoomGuard
  /** Called with every change of the doc after its load: `local` ones are to be stored and relayed. */
  onUpdate(update: Uint8Array, origin: ChangeOrigin): void
  /** Called with every awareness change of its own clients (relay to other instances). */
  onAwareness?(update: Uint8Array): void
  /** Called when a participant's update broke a facilitation rule and was undone. */
  onRefusedChange?(connection: RoomConnection, reason: string): void
}

/** Origin of changes that came from another instance: shown to local clients, never logged again. */
const fromOtherInstance = Symbol('from another instance')

/**
 * The live state of one board while people have it open: its Y.Doc, who is connected,
 * and their awareness (cursors, names). Speaks the y-websocket protocol over messages;
 * it knows nothing about HTTP or sockets.
 */
export class Room {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  private readonly guard: RoomGuard
  /** Each connection with the awareness client ids it controls (removed when it leaves). */
  private readonly connections = new Map<RoomConnection, Set<number>>()
  /** Whether this instance's clients (or the server, for them) changed the doc since it loaded. */
  edited = false

  constructor(
    readonly boardId: string,
    private readonly options: RoomOptions,
  ) {
    this.doc = options.doc
    this.guard = options.guard
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    this.awareness.setLocalState(null)
    this.doc.on('update', this.relayUpdate)
    this.awareness.on('update', this.relayAwareness)
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** Applies stored state before anyone joins; not logged again, not relayed. */
  load(updates: Iterable<Uint8Array>): void {
    this.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.doc, update, this)
    }, this)
  }

  /** Applies an update another instance's clients made. */
  applyRemoteUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, fromOtherInstance)
  }

  /** Applies awareness changes of another instance's clients. */
  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, fromOtherInstance)
  }

  /** Adds a connection and greets it: our state vector first, then who is here. */
  join(connection: RoomConnection): void {
    this.connections.set(connection, new Set())
    const syncStep1 = encoding.createEncoder()
    encoding.writeVarUint(syncStep1, messageTypes.sync)
    syncProtocol.writeSyncStep1(syncStep1, this.doc)
    connection.send(encoding.toUint8Array(syncStep1))
    if (this.awareness.getStates().size > 0) {
      connection.send(this.encodeAwareness([...this.awareness.getStates().keys()]))
    }
  }

  /** Removes a connection and the awareness states it controlled (others see it leave). */
  leave(connection: RoomConnection): void {
    const controlled = this.connections.get(connection)
    if (!controlled) return
    this.connections.delete(connection)
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null)
  }

  /**
   * Handles one protocol message from a connection. Throws a SyncRefusal for anything
   * malformed; the room's state is untouched when it does.
   */
  receive(connection: RoomConnection, message: Uint8Array): void {
    if (!this.connections.has(connection)) return
    const decoder = decoding.createDecoder(message)
    const messageType = readOrRefuse(() => decoding.readVarUint(decoder))
    switch (messageType) {
      case messageTypes.sync:
        return this.receiveSync(connection, decoder)
      case messageTypes.awareness: {
        const update = readOrRefuse(() => decoding.readVarUint8Array(decoder))
        readOrRefuse(() =>
          awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection),
        )
        return
      }
      case messageTypes.queryAwareness:
        connection.send(this.encodeAwareness([...this.awareness.getStates().keys()]))
        return
      default:
        throw new SyncRefusal(closeCodes.badRequest, `unknown message type ${messageType}`)
    }
  }

  /** An empty awareness update: keeps idle clients from timing out, changes nothing. */
  keepAliveMessage(): Uint8Array {
    return this.encodeAwareness([])
  }

  /** Frees the doc and the awareness timer; the room is unusable afterwards. */
  destroy(): void {
    this.doc.off('update', this.relayUpdate)
    this.awareness.off('update', this.relayAwareness)
    this.guard.destroy()
    // Destroying the doc also destroys its awareness and stops the awareness timer.
    this.doc.destroy()
    this.connections.clear()
  }

  private receiveSync(connection: RoomConnection, decoder: decoding.Decoder): void {
    const syncType = readOrRefuse(() => decoding.readVarUint(decoder))
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const reply = encoding.createEncoder()
        encoding.writeVarUint(reply, messageTypes.sync)
        readOrRefuse(() => syncProtocol.readSyncStep1(decoder, reply, this.doc))
        connection.send(encoding.toUint8Array(reply))
        return
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = readOrRefuse(() => decoding.readVarUint8Array(decoder))
        // Viewers receive everything; what they send is dropped, never applied or relayed.
        if (connection.role === 'viewer') return
        this.applyClientUpdate(connection, update)
        return
      }
      default:
        throw new SyncRefusal(closeCodes.badRequest, `unknown sync message type ${syncType}`)
    }
  }

  private applyClientUpdate(connection: RoomConnection, update: Uint8Array): void {
    // Decode fully first: Yjs integrates structs before it reads the delete set, so a
    // damaged update could otherwise leave half of itself in the shared doc.
    try {
      Y.decodeUpdate(update)
    } catch {
      throw new SyncRefusal(closeCodes.unprocessableUpdate, 'update could not be decoded by Yjs')
    }
    try {
      if (may(connection.role, 'facilitate')) {
        Y.applyUpdate(this.doc, update, connection)
        return
      }
      const actor = { userId: connection.userId, facilitates: false }
      const verdict = this.guard.apply(update, connection, actor)
      if (!verdict.ok) this.options.onRefusedChange?.(connection, verdict.reason)
    } catch {
      throw new SyncRefusal(closeCodes.unprocessableUpdate, 'update could not be applied by Yjs')
    }
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageTypes.sync)
    syncProtocol.writeUpdate(encoder, update)
    const message = encoding.toUint8Array(encoder)
    for (const connection of this.connections.keys()) {
      if (connection !== origin) connection.send(message)
    }
    if (origin === fromOtherInstance) return this.options.onUpdate(update, 'relayed')
    this.edited = true
    this.options.onUpdate(update, 'local')
  }

  private readonly relayAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controlled = this.connections.get(origin as RoomConnection)
    if (controlled) {
      for (const clientId of added) controlled.add(clientId)
      for (const clientId of removed) controlled.delete(clientId)
    }
    const changed = [...added, ...updated, ...removed]
    const message = this.encodeAwareness(changed)
    for (const connection of this.connections.keys()) {
      if (connection !== origin) connection.send(message)
    }
    if (origin !== fromOtherInstance && this.options.onAwareness) {
      this.options.onAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    }
  }

  private encodeAwareness(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageTypes.awareness)
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds),
    )
    return encoding.toUint8Array(encoder)
  }
}

/** Turns a decoding failure (truncated or garbage bytes) into a refusal of that connection. */
function readOrRefuse<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof SyncRefusal) throw error
    throw new SyncRefusal(closeCodes.badRequest, 'malformed message')
  }
}
