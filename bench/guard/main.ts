// Guard bench: server CPU per editor update through a real Room, judged by the participant guard, against the same updates unjudged.
import os from 'node:os'
import * as Y from 'yjs'
import type { RoomRole } from '@/lib/auth/room-token'
import { lockMetaKey } from '@/lib/model/record-marks'
import { docLayout, recordToYMap, type JsonRecord } from '@/lib/sync/record-layout'
import { ParticipantGuard } from '@/server/sync/participant-guard'
import { Room, type RoomConnection, type RoomGuard } from '@/server/sync/room'
import { updateMessage } from '@/test/helpers/room-messages'
import { gridRectangles } from '../board-apply/shape-grid'
import { describeEnvironment } from '../shared/environment'
import { roundRatios, rotation, spread, type Spread } from '../sync-fanout/stats'

/*
 * Prints figures, never fails on a timing. Each round builds fresh rooms (not timed), loads
 * the board, joins a sender and a peer to each, then times only the sender's edits going
 * through `Room.receive`: decoding, the dependency check, the guard, relaying to the peer.
 * Variants alternate round by round, the first one rotating:
 * - editor: an editor's updates, judged by the participant guard (what the server does);
 * - facilitator: a facilitator's updates through the same guard (the rules let them do anything);
 * - unjudged: an editor's updates applied by a guard that only applies them (the reference).
 * GUARD_ROUNDS=N sets the number of rounds (default 5); run under `node --expose-gc` for a
 * collection before each timed stretch.
 */
const rounds = Number(process.env.GUARD_ROUNDS ?? 5)

interface Scenario {
  name: string
  rooms: number
  /** Shapes on each room's board, besides one locked frame. */
  shapes: number
  /** Edits each room receives, one record moved per edit. */
  editsPerRoom: number
}

const scenarios: Scenario[] = [
  {
    name: 'many rooms (1,000 rooms × 20 shapes, 10 edits each)',
    rooms: 1000,
    shapes: 20,
    editsPerRoom: 10,
  },
  { name: 'one big board (2,000 shapes, 2,000 edits)', rooms: 1, shapes: 2000, editsPerRoom: 2000 },
]

type Variant = 'editor' | 'facilitator' | 'unjudged'
const variants: Variant[] = ['editor', 'facilitator', 'unjudged']

/** A connection that only counts what the room sends it: the transport is not measured. */
class CountingConnection implements RoomConnection {
  sent = 0
  constructor(
    readonly role: RoomRole,
    readonly userId: string,
  ) {}
  send(_message: Uint8Array, sent?: () => void): void {
    this.sent++
    sent?.()
  }
  refuse(refusal: Error): void {
    throw refusal
  }
}

/** The reference guard: applies the update as it is, judging nothing. */
function unjudgedGuard(doc: Y.Doc): RoomGuard {
  return {
    apply(update, origin) {
      Y.applyUpdate(doc, update, origin)
      return { ok: true }
    },
    destroy() {},
  }
}

/**
 * The board every room starts from (a locked frame and `shapes` rectangles, in the store
 * binding's layout) and a stream of edits a client makes to it, each moving one rectangle.
 */
function prepare(scenario: Scenario): { board: Uint8Array; edits: Uint8Array[] } {
  const doc = new Y.Doc()
  const records = doc.getMap<Y.Map<unknown>>(docLayout.records)
  const shapes = gridRectangles(scenario.shapes)
  doc.transact(() => {
    const frame = { ...shapes[0]!, id: 'shape:frame', type: 'frame', meta: { [lockMetaKey]: true } }
    records.set(frame.id, recordToYMap(frame as unknown as JsonRecord))
    for (const shape of shapes) records.set(shape.id, recordToYMap(shape as unknown as JsonRecord))
  })
  const board = Y.encodeStateAsUpdate(doc)
  const edits: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => edits.push(updateMessage(update)))
  for (let index = 0; index < scenario.editsPerRoom; index++) {
    const record = records.get(shapes[(index * 7) % shapes.length]!.id)!
    doc.transact(() => {
      record.set('x', (index * 37) % 1000)
      record.set('y', (index * 91) % 700)
    })
  }
  doc.destroy()
  return { board, edits }
}

/** CPU microseconds per update for one variant, over fresh rooms. */
function measure(
  scenario: Scenario,
  prepared: ReturnType<typeof prepare>,
  variant: Variant,
): number {
  let refused = 0
  const rooms = Array.from({ length: scenario.rooms }, (_, index) => {
    const doc = new Y.Doc()
    const room = new Room(`board-${index}`, {
      doc,
      guard: variant === 'unjudged' ? unjudgedGuard(doc) : new ParticipantGuard(doc),
      onUpdate: () => {},
      onRefusedChange: () => refused++,
    })
    room.load([prepared.board])
    const sender = new CountingConnection(
      variant === 'facilitator' ? 'facilitator' : 'editor',
      'sender',
    )
    const peer = new CountingConnection('editor', 'peer')
    room.join(sender)
    room.join(peer)
    return { room, sender, peer }
  })
  globalThis.gc?.()
  const started = process.cpuUsage()
  for (const edit of prepared.edits) {
    for (const { room, sender } of rooms) room.receive(sender, edit)
  }
  const used = process.cpuUsage(started)
  const peerMessages = rooms.reduce((sum, { peer }) => sum + peer.sent, 0)
  for (const { room } of rooms) room.destroy()
  const updates = rooms.length * prepared.edits.length
  if (refused > 0) throw new Error(`${variant}: ${refused} of the edits were refused`)
  // Each peer got its greeting (sync step 1) and one message per edit.
  if (peerMessages !== rooms.length * (1 + prepared.edits.length)) {
    throw new Error(`${variant}: the peers got ${peerMessages} messages`)
  }
  return (used.user + used.system) / updates
}

function format(figures: Spread, digits = 1): string {
  return [figures.min, figures.median, figures.max]
    .map((value) => value.toFixed(digits))
    .join(' / ')
}

const environment = describeEnvironment(['yjs'])
console.log(
  `guard bench: ${rounds} rounds, load average ${environment.machine.loadAverage.map((load) => load.toFixed(2)).join(' ')}, ` +
    `${environment.machine.cores} × ${environment.machine.cpuModel}, node ${environment.versions.node}, yjs ${environment.versions.yjs}` +
    (globalThis.gc ? '' : ' (no --expose-gc: no collection before each stretch)'),
)
for (const scenario of scenarios) {
  const prepared = prepare(scenario)
  const cost: Record<Variant, number[]> = { editor: [], facilitator: [], unjudged: [] }
  // A warm-up round of each, not counted: the first one pays for compiling the code.
  for (const variant of variants) measure(scenario, prepared, variant)
  for (let round = 0; round < rounds; round++) {
    for (const index of rotation(variants.length, round)) {
      const variant = variants[index]!
      cost[variant].push(measure(scenario, prepared, variant))
    }
  }
  console.log(`\n${scenario.name}: CPU µs per update, min / median / max of ${rounds} rounds`)
  for (const variant of variants)
    console.log(`  ${variant.padEnd(12)} ${format(spread(cost[variant]))}`)
  console.log(`  editor / unjudged       ${format(roundRatios(cost.editor, cost.unjudged), 2)}`)
  console.log(
    `  facilitator / unjudged  ${format(roundRatios(cost.facilitator, cost.unjudged), 2)}`,
  )
  console.log(`  editor / facilitator    ${format(roundRatios(cost.editor, cost.facilitator), 2)}`)
}
console.log(
  `\nload average at the end ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
)
