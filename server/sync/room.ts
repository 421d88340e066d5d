// One board's live state and the y-websocket protocol around it, without any transport.
import * as Y from 'yjs'
import * as syncProtocol from 'y-protocols/sync'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import type { RoomRole } from '@/lib/auth/room-token'
import { closeCodes, maxMessageBytes } from '@/lib/sync/close-codes'
import { messageTypes } from '@/lib/sync/protocol'
import { encodeSavingStatus, saving, type SavingStatus } from '@/lib/sync/saving-status'
import { may } from '@/lib/auth/board-roles'
import type { Actor, Verdict } from '@/lib/facilitation/session-rules'
import {
  encodeAnonymousBallotAnswer,
  readAnonymousDot,
  type AnonymousBallotAnswer,
  type AnonymousDot,
} from '@/lib/sync/anonymous-vote'
import { encodeRevealAnswer, type RevealAnswer } from '@/lib/sync/private-room'
import { SyncRefusal } from './sync-refusal'
import { applyInSlices } from './apply-in-slices'
import { placeAnonymousDot } from './anonymous-votes'
import { holdsPendingState, missingDependency, type DecodedUpdate } from './update-dependencies'

/** One client in a room, as the room sees it: the transport stays outside. */
export interface RoomConnection {
  readonly role: RoomRole
  /** The member it belongs to: facilitation rules are per person (their own ballot). */
  readonly userId: string
  /**
   * Sends one protocol message. `sent` is called once the message has left this process
   * (the transport took it); a connection that closes first may never call it.
   */
  send(message: Uint8Array, sent?: () => void): void
  /** Closes it with the refusal's code and reason, for what the room finds later (a timer). */
  refuse(refusal: SyncRefusal): void
}

/**
 * Judges what a client sends: applies it to the room's doc with `origin`, and undoes it
 * again when it breaks a rule (the facilitation rules for participants; the board's schema
 * for everyone).
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
  /**
   * A member's ballot id in one of this board's anonymous votes (`anonymous-votes.ts`).
   * Absent in a member's private room: nobody votes there.
   */
  anonymousBallotId?(voteId: string, userId: string): string
  /**
   * Moves every member's private items into this board's doc and answers how many
   * (`private-reveal.ts`). Absent in a private room: a reveal is asked of the board.
   */
  revealPrivateItems?(): Promise<number>
}

/** Origin of changes that came from another instance: shown to local clients, never logged again. */
const fromOtherInstance = Symbol('from another instance')

/** Origin of the ballots the server writes in anonymous votes, on nobody's behalf in the doc. */
const anonymousVoting = Symbol('anonymous voting')

/**
 * A connection's sync step 1 costs a pass over the whole doc to answer: it is answered at
 * most this often per connection, later requests together with the latest state vector.
 */
const syncAnswerIntervalMs = 1000

/** What a connection's updates waiting for its sync step 2 may add up to. */
const maxEarlyBytes = maxMessageBytes

/**
 * How long such updates wait. The stock client sends its step 2 as soon as it has the
 * room's step 1, which the room sends when it joins: one round trip.
 */
const earlyUpdateWaitMs = 5000

/** A client's update being judged, with the doc's changes it (and any undo) made. */
interface Judged {
  sender: RoomConnection
  changes: { update: Uint8Array; origin: unknown }[]
}

/** What the room keeps about one connection. */
interface ConnectionState {
  /** The awareness client ids it introduced and controls (removed when it leaves). */
  awarenessIds: Set<number>
  /** Whether it sent its sync step 2: everything it had that the room lacked. */
  sentItsState: boolean
  /** Updates it sent before its step 2 that build on what only that step 2 brings. */
  early: Uint8Array[]
  earlyBytes: number
  earlyTimer: ReturnType<typeof setTimeout> | null
  /** The state vector of its latest sync step 1 not answered yet. */
  unansweredStep1: Uint8Array | null
  /** Whether an answer is on its way, or waiting for its turn. */
  answering: boolean
  answeredAt: number
  answerTimer: ReturnType<typeof setTimeout> | null
}

/**
 * The live state of one board while people have it open: its Y.Doc, who is connected,
 * and their awareness (cursors, names). Speaks the y-websocket protocol over messages;
 * it knows nothing about HTTP or sockets.
 */
export class Room {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  private readonly guard: RoomGuard
  private readonly connections = new Map<RoomConnection, ConnectionState>()
  /** Which connection controls each awareness client id of this instance's clients. */
  private readonly awarenessOwners = new Map<number, RoomConnection>()
  /** Whether this instance's clients (or the server, for them) changed the doc since it loaded. */
  edited = false
  /** While a client's update is judged: the doc's changes, sent on once the verdict is in. */
  private judged: Judged | null = null
  /** While the server keeps the board well-formed: its changes are not edits. */
  private maintaining = false
  /** Whether the board's changes are being stored, as its clients were last told. */
  private savingStatus: SavingStatus = saving
  /**
   * Changes made in this turn of the event loop after its first, sent on together when the
   * turn's I/O is done; null when no change was sent in this turn yet.
   */
  private laterInTurn: { update: Uint8Array; origin: unknown }[] | null = null

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

  /**
   * Applies stored state before anyone joins, a slice at a time; not logged again, not
   * relayed. Yjs encodes each transaction as an update only when the doc has 'update'
   * listeners, and the relay's would only drop the load's: it listens again afterwards.
   */
  async load(updates: readonly Uint8Array[]): Promise<void> {
    this.doc.off('update', this.relayUpdate)
    try {
      await applyInSlices(this.doc, updates, this)
    } finally {
      this.doc.on('update', this.relayUpdate)
    }
  }

  /**
   * Applies an update another instance's clients made, if the doc holds everything it
   * builds on; otherwise leaves the doc untouched and answers what is missing, so that
   * the relay can wait for it instead of the doc holding pending state.
   */
  applyRemoteUpdate(update: Uint8Array): string | null {
    const missing = missingDependency(this.doc, Y.decodeUpdate(update))
    if (!missing) Y.applyUpdate(this.doc, update, fromOtherInstance)
    return missing
  }

  /** Applies awareness changes of another instance's clients. */
  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, fromOtherInstance)
  }

  /**
   * Makes a change the server needs to keep the board well-formed (its schema): stored and
   * relayed like any other, but not an edit of the people at the board.
   */
  maintain(change: () => void): void {
    this.maintaining = true
    try {
      change()
    } finally {
      this.maintaining = false
    }
  }

  /** Adds a connection and greets it: our state vector first, then who is here. */
  join(connection: RoomConnection): void {
    this.connections.set(connection, {
      awarenessIds: new Set(),
      sentItsState: false,
      early: [],
      earlyBytes: 0,
      earlyTimer: null,
      unansweredStep1: null,
      answering: false,
      answeredAt: -Infinity,
      answerTimer: null,
    })
    const syncStep1 = encoding.createEncoder()
    encoding.writeVarUint(syncStep1, messageTypes.sync)
    syncProtocol.writeSyncStep1(syncStep1, this.doc)
    connection.send(encoding.toUint8Array(syncStep1))
    if (this.awareness.getStates().size > 0) {
      connection.send(this.encodeAwareness([...this.awareness.getStates().keys()]))
    }
    if (!this.savingStatus.saving) connection.send(encodeSavingStatus(this.savingStatus))
  }

  /** Tells every client whether their changes are being stored, when that changes. */
  setSavingStatus(status: SavingStatus): void {
    if (status.saving === this.savingStatus.saving) return
    this.savingStatus = status
    this.sendToAll(encodeSavingStatus(status), null)
  }

  /** Removes a connection and the awareness states it controlled (others see it leave). */
  leave(connection: RoomConnection): void {
    const state = this.connections.get(connection)
    if (!state) return
    this.connections.delete(connection)
    stopTimers(state)
    for (const clientId of state.awarenessIds) this.awarenessOwners.delete(clientId)
    awarenessProtocol.removeAwarenessStates(this.awareness, [...state.awarenessIds], null)
  }

  /**
   * Handles one protocol message from a connection. Throws a SyncRefusal for anything
   * malformed; the room's state is untouched when it does.
   */
  receive(connection: RoomConnection, message: Uint8Array): void {
    const state = this.connections.get(connection)
    if (!state) return
    const decoder = decoding.createDecoder(message)
    const messageType = readOrRefuse(() => decoding.readVarUint(decoder))
    switch (messageType) {
      case messageTypes.sync:
        return this.receiveSync(connection, state, decoder)
      case messageTypes.awareness: {
        const update = readOrRefuse(() => decoding.readVarUint8Array(decoder))
        const own = readOrRefuse(() => this.ownAwareness(connection, update))
        if (!own) return
        readOrRefuse(() => awarenessProtocol.applyAwarenessUpdate(this.awareness, own, connection))
        return
      }
      case messageTypes.queryAwareness:
        connection.send(this.encodeAwareness([...this.awareness.getStates().keys()]))
        return
      case messageTypes.anonymousDot: {
        const dot = readOrRefuse(() => readAnonymousDot(decoder))
        connection.send(encodeAnonymousBallotAnswer(this.placeAnonymousDot(connection, dot)))
        return
      }
      case messageTypes.revealPrivate:
        return this.revealPrivateItems(connection)
      default:
        throw new SyncRefusal(closeCodes.badRequest, `unknown message type ${messageType}`)
    }
  }

  /**
   * The part of an awareness update the connection may make (null: none of it). Each
   * connection speaks only for the client ids it introduced: others' (a participant
   * posing as the owner, with the owner's name) are dropped. A member's new connection
   * takes over their own id from their old one, which may not have been noticed gone yet.
   */
  private ownAwareness(connection: RoomConnection, update: Uint8Array): Uint8Array | null {
    const decoder = decoding.createDecoder(update)
    const entries: { clientId: number; clock: number; state: string }[] = []
    const count = decoding.readVarUint(decoder)
    for (let i = 0; i < count; i++) {
      const entry = {
        clientId: decoding.readVarUint(decoder),
        clock: decoding.readVarUint(decoder),
        state: decoding.readVarString(decoder),
      }
      if (this.mayUpdateAwareness(connection, entry.clientId)) entries.push(entry)
    }
    if (entries.length === count) return update
    if (entries.length === 0) return null
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, entries.length)
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(encoder, clientId)
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarString(encoder, state)
    }
    return encoding.toUint8Array(encoder)
  }

  private mayUpdateAwareness(connection: RoomConnection, clientId: number): boolean {
    const owner = this.awarenessOwners.get(clientId)
    if (owner) return owner === connection || owner.userId === connection.userId
    // Present without a connection here: another instance's client.
    return !this.awareness.getStates().has(clientId)
  }

  private placeAnonymousDot(connection: RoomConnection, dot: AnonymousDot): AnonymousBallotAnswer {
    const ballotIdOf = this.options.anonymousBallotId
    if (!ballotIdOf) return { voteId: dot.voteId, ballotId: '', refused: 'nobody votes here' }
    if (connection.role === 'viewer') {
      return { voteId: dot.voteId, ballotId: '', refused: 'viewers place no dots' }
    }
    const ballotId = ballotIdOf(dot.voteId, connection.userId)
    return placeAnonymousDot(this.doc, dot, ballotId, anonymousVoting)
  }

  /**
   * A facilitator's request to reveal the board's private items: only owners and
   * facilitators may; anyone else (or a private room) gets a refusal, and nothing moves.
   */
  private revealPrivateItems(connection: RoomConnection): void {
    const answer = (revealAnswer: RevealAnswer) => connection.send(encodeRevealAnswer(revealAnswer))
    const reveal = this.options.revealPrivateItems
    if (!reveal) return answer({ revealed: 0, refused: 'reveal private items on the board' })
    if (!may(connection.role, 'facilitate')) {
      const refused = 'only facilitators reveal private items'
      this.options.onRefusedChange?.(connection, refused)
      return answer({ revealed: 0, refused })
    }
    reveal().then(
      (revealed) => answer({ revealed, refused: '' }),
      () => answer({ revealed: 0, refused: 'the private items could not be read; try again' }),
    )
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
    for (const state of this.connections.values()) stopTimers(state)
    // Destroying the doc also destroys its awareness and stops the awareness timer.
    this.doc.destroy()
    this.connections.clear()
  }

  private receiveSync(
    connection: RoomConnection,
    state: ConnectionState,
    decoder: decoding.Decoder,
  ): void {
    const syncType = readOrRefuse(() => decoding.readVarUint(decoder))
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = readOrRefuse(() => decoding.readVarUint8Array(decoder))
        readOrRefuse(() => Y.decodeStateVector(stateVector))
        state.unansweredStep1 = stateVector
        this.answerSyncStep1(connection, state)
        return
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = readOrRefuse(() => decoding.readVarUint8Array(decoder))
        // Viewers receive everything; what they send is dropped, never applied or relayed.
        if (connection.role === 'viewer') return
        this.receiveUpdate(connection, state, update)
        if (syncType === syncProtocol.messageYjsSyncStep2) this.receivedItsState(connection, state)
        return
      }
      default:
        throw new SyncRefusal(closeCodes.badRequest, `unknown sync message type ${syncType}`)
    }
  }

  /**
   * Answers the connection's latest sync step 1 with what it lacks, unless an answer is
   * already on its way or went out less than a second ago: then that request waits and is
   * answered once, so a client repeating the request makes the room encode the doc at most
   * once a second, and queue at most one copy of it.
   */
  private answerSyncStep1(connection: RoomConnection, state: ConnectionState): void {
    if (state.answering || !state.unansweredStep1) return
    const wait = state.answeredAt + syncAnswerIntervalMs - Date.now()
    state.answering = true
    if (wait > 0) {
      state.answerTimer = setTimeout(() => {
        state.answerTimer = null
        state.answering = false
        this.answerSyncStep1(connection, state)
      }, wait)
      return
    }
    const reply = encoding.createEncoder()
    encoding.writeVarUint(reply, messageTypes.sync)
    syncProtocol.writeSyncStep2(reply, this.doc, state.unansweredStep1)
    state.unansweredStep1 = null
    connection.send(encoding.toUint8Array(reply), () => {
      state.answering = false
      state.answeredAt = Date.now()
      if (this.connections.get(connection) === state) this.answerSyncStep1(connection, state)
    })
  }

  /**
   * Takes an update from a client. One that builds on clocks the room does not have is
   * refused (4422) with the room untouched: Yjs would keep it as pending state. Until the
   * client's sync step 2, such an update waits instead, as the stock client may send an
   * edit built on its own offline edits before its step 2 brings them.
   */
  private receiveUpdate(
    connection: RoomConnection,
    state: ConnectionState,
    update: Uint8Array,
  ): void {
    let decoded: DecodedUpdate
    // Decode fully first: Yjs integrates structs before it reads the delete set, so a
    // damaged update could otherwise leave half of itself in the shared doc.
    try {
      decoded = Y.decodeUpdate(update)
    } catch {
      throw new SyncRefusal(closeCodes.unprocessableUpdate, 'update could not be decoded by Yjs')
    }
    const missing = missingDependency(this.doc, decoded)
    if (!missing) return this.applyClientUpdate(connection, update)
    if (state.sentItsState) {
      throw new SyncRefusal(closeCodes.unprocessableUpdate, `update refused: ${missing}`)
    }
    state.earlyBytes += update.byteLength
    if (state.earlyBytes > maxEarlyBytes) {
      throw new SyncRefusal(
        closeCodes.unprocessableUpdate,
        `update refused: ${missing}; over ${maxEarlyBytes} bytes wait for your sync step 2`,
      )
    }
    state.early.push(update)
    state.earlyTimer ??= setTimeout(() => {
      state.earlyTimer = null
      connection.refuse(
        new SyncRefusal(
          closeCodes.unprocessableUpdate,
          `update refused: ${missing}, and no sync step 2 came within ${earlyUpdateWaitMs / 1000} s`,
        ),
      )
    }, earlyUpdateWaitMs)
  }

  /** The client's step 2 is in: what waited for it is applied now, or refused. */
  private receivedItsState(connection: RoomConnection, state: ConnectionState): void {
    if (state.sentItsState) return
    state.sentItsState = true
    if (state.earlyTimer) clearTimeout(state.earlyTimer)
    state.earlyTimer = null
    const early = state.early
    state.early = []
    state.earlyBytes = 0
    for (const update of early) this.receiveUpdate(connection, state, update)
  }

  private applyClientUpdate(connection: RoomConnection, update: Uint8Array): void {
    const pendingBefore = holdsPendingState(this.doc)
    const actor = { userId: connection.userId, facilitates: may(connection.role, 'facilitate') }
    const judged: Judged = { sender: connection, changes: [] }
    this.judged = judged
    try {
      const verdict = this.guard.apply(update, connection, actor)
      if (!verdict.ok) this.options.onRefusedChange?.(connection, verdict.reason)
    } catch {
      throw new SyncRefusal(closeCodes.unprocessableUpdate, 'update could not be applied by Yjs')
    } finally {
      this.judged = null
      this.publishJudged(judged)
    }
    if (!pendingBefore && holdsPendingState(this.doc)) {
      // Checked above; should Yjs still find something missing, it is not kept either.
      this.doc.store.pendingStructs = null
      this.doc.store.pendingDs = null
      throw new SyncRefusal(closeCodes.unprocessableUpdate, 'update refused: it was incomplete')
    }
  }

  /**
   * Sends on what a judged update changed. When the guard undid it, the others get the
   * change and its undo as one update, so for them nothing happened, not even for a moment
   * (a bumped schema would have turned their boards read-only); the sender gets the undo.
   */
  private publishJudged({ sender, changes }: Judged): void {
    if (changes.length <= 1) {
      for (const { update, origin } of changes) this.publish(update, origin)
      return
    }
    const merged = Y.mergeUpdates(changes.map((change) => change.update))
    const undone = changes.filter((change) => change.origin !== sender)
    // In turn with the other changes, so nobody gets it before a change it builds on.
    this.sendInTurn(merged, sender)
    if (undone.length > 0) {
      sender.send(syncUpdateMessage(Y.mergeUpdates(undone.map((change) => change.update))))
    }
    this.edited = true
    this.options.onUpdate(merged, 'local')
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return
    if (this.judged) return void this.judged.changes.push({ update, origin })
    this.publish(update, origin)
  }

  /** Sends a change of the doc to every connection but its origin, and on to the rooms. */
  private publish(update: Uint8Array, origin: unknown): void {
    this.sendInTurn(update, origin)
    if (origin === fromOtherInstance) return this.options.onUpdate(update, 'relayed')
    if (!this.maintaining) this.edited = true
    this.options.onUpdate(update, 'local')
  }

  /**
   * The first change in a turn of the event loop goes out at once; the turn's later ones wait
   * for its end and go out as one merged update. With many writers in a room, each client
   * then gets at most two messages per turn instead of one per writer's edit: in a room of 48
   * writers, one per edit was more than the server could send and the clients take in.
   * A merged update goes to its authors too (Yjs skips what a doc already has), as merging it
   * again without each author's part would cost a merge per author.
   */
  private sendInTurn(update: Uint8Array, origin: unknown): void {
    if (this.laterInTurn) return void this.laterInTurn.push({ update, origin })
    this.sendToAll(syncUpdateMessage(update), origin)
    this.laterInTurn = []
    setImmediate(() => {
      const later = this.laterInTurn ?? []
      this.laterInTurn = null
      if (later.length === 0) return
      const origins = new Set(later.map((change) => change.origin))
      const merged =
        later.length === 1 ? later[0]!.update : Y.mergeUpdates(later.map((c) => c.update))
      this.sendToAll(syncUpdateMessage(merged), origins.size === 1 ? later[0]!.origin : null)
    })
  }

  private sendToAll(message: Uint8Array, except: unknown): void {
    for (const connection of this.connections.keys()) {
      if (connection !== except) connection.send(message)
    }
  }

  private readonly relayAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controller = origin as RoomConnection
    const controlled = this.connections.get(controller)?.awarenessIds
    if (controlled) {
      for (const clientId of [...added, ...updated]) {
        const previous = this.awarenessOwners.get(clientId)
        if (previous && previous !== controller) {
          this.connections.get(previous)?.awarenessIds.delete(clientId)
        }
        this.awarenessOwners.set(clientId, controller)
        controlled.add(clientId)
      }
      for (const clientId of removed) {
        this.awarenessOwners.delete(clientId)
        controlled.delete(clientId)
      }
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

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

function stopTimers(state: ConnectionState): void {
  if (state.answerTimer) clearTimeout(state.answerTimer)
  if (state.earlyTimer) clearTimeout(state.earlyTimer)
  state.answerTimer = null
  state.earlyTimer = null
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
