import { afterAll, beforeAll, expect, it } from 'vitest'
import fc from 'fast-check'
import * as Y from 'yjs'
import { createShapeId, type TLRecord, type TLShapeId, type TLStore } from 'tldraw'
import { StoreBinding } from '@/lib/sync/store-binding'
import { BoardLogStore } from '@/server/sync/storage/board-log-store'
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
import {
  batchChangesPerManualFrame,
  documentRecords,
  endFrame,
  newStore,
  rectangle,
} from '../helpers/tldraw-stores'

batchChangesPerManualFrame()

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

const colors = ['red', 'blue', 'green', 'orange', 'violet'] as const

/** One random thing a participant does; shapes are picked by index among those it sees. */
type Action =
  | { kind: 'create'; peer: number; x: number }
  | { kind: 'move'; peer: number; shape: number; x: number; y: number }
  | { kind: 'recolour'; peer: number; shape: number; color: (typeof colors)[number] }
  | { kind: 'delete'; peer: number; shape: number }
  | { kind: 'undo'; peer: number }
  | { kind: 'endFrame'; peer: number }
  | { kind: 'wait'; ms: number }
  | { kind: 'toggleConnection'; peer: number }

const peerIndex = fc.integer({ min: 0, max: 2 })
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    peer: peerIndex,
    x: fc.integer({ min: 0, max: 900 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    peer: peerIndex,
    shape: fc.nat(3),
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({
    kind: fc.constant('recolour' as const),
    peer: peerIndex,
    shape: fc.nat(3),
    color: fc.constantFrom(...colors),
  }),
  fc.record({ kind: fc.constant('delete' as const), peer: peerIndex, shape: fc.nat(3) }),
  fc.record({ kind: fc.constant('undo' as const), peer: peerIndex }),
  fc.record({ kind: fc.constant('endFrame' as const), peer: peerIndex }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 25 }) }),
  fc.record({ kind: fc.constant('toggleConnection' as const), peer: peerIndex }),
)

interface Participant {
  store: TLStore
  binding: StoreBinding
  client: ReturnType<typeof connectClient>
  /** Own changes, newest last, as (before, after) pairs an undo reverts. */
  history: { before: TLRecord | null; after: TLRecord | null }[]
}

/** JSON with object keys in one order, so equal contents compare equal as strings. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  )
}

function recordsById(records: TLRecord[]): Record<string, TLRecord> {
  return Object.fromEntries(records.map((record) => [record.id, record]))
}

function shapesOf(store: TLStore) {
  return documentRecords(store).filter((record) => record.typeName === 'shape')
}

function change(participant: Participant, before: TLRecord | null, after: TLRecord | null) {
  participant.history.push({ before, after })
  if (after) participant.store.put([after])
  else if (before) participant.store.remove([before.id])
}

function perform(participants: Participant[], step: Action): Promise<void> | void {
  if (step.kind === 'wait') return new Promise((resolve) => setTimeout(resolve, step.ms))
  const participant = participants[step.peer]!
  const { store } = participant
  const shapes = shapesOf(store)
  const target = 'shape' in step && shapes.length ? shapes[step.shape % shapes.length]! : undefined
  switch (step.kind) {
    case 'create':
      return change(participant, null, rectangle(createShapeId(), { x: step.x }))
    case 'move':
      if (target) change(participant, target, { ...target, x: step.x, y: step.y } as TLRecord)
      return
    case 'recolour':
      if (target && target.typeName === 'shape' && target.type === 'geo') {
        change(participant, target, { ...target, props: { ...target.props, color: step.color } })
      }
      return
    case 'delete':
      if (target) change(participant, target, null)
      return
    case 'undo': {
      const last = participant.history.pop()
      if (!last) return
      if (last.before) store.put([last.before])
      else if (last.after && store.has(last.after.id as TLShapeId)) store.remove([last.after.id])
      return
    }
    case 'endFrame':
      return endFrame(store)
    case 'toggleConnection': {
      const { provider } = participant.client
      if (provider.shouldConnect) provider.disconnect()
      else provider.connect()
    }
  }
}

it('three stores editing one board through the real server always end identical, and so does the database', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(action, { minLength: 5, maxLength: 40 }),
      fc.nat(30),
      async (steps, interval) => {
        const boardId = await createTestBoard(server)
        const participants: Participant[] = []
        for (let i = 0; i < 3; i++) {
          const client = connectClient(server.syncUrl, boardId, await tokenFor(boardId))
          await whenSynced(client.provider)
          const store = newStore()
          const binding = new StoreBinding({
            store,
            doc: client.doc,
            updateIntervalMs: interval,
            // Remote changes wait, as on the board page (for its next task; here for the frame):
            // local edits land in between.
            scheduleRemoteMerge: (merge) => requestAnimationFrame(() => merge()),
          })
          binding.start()
          participants.push({ store, binding, client, history: [] })
        }
        try {
          for (const step of steps) await perform(participants, step)

          // Quiescence: everyone online, every frame ended, every held-back update sent.
          for (const { client } of participants) {
            if (!client.provider.shouldConnect) client.provider.connect()
          }
          endFrame(...participants.map((participant) => participant.store))
          for (const { binding } of participants) binding.flush()
          // State vectors alone miss deletions: compare the records each doc holds too.
          const docContents = () =>
            participants.map(({ binding }) => JSON.stringify(sortedKeys(binding.records.toJSON())))
          await eventually(
            () =>
              participants.every(({ client }) => client.provider.synced) &&
              new Set(docContents()).size === 1,
            'all docs identical',
            10_000,
          )
          // The frame that takes the last remote changes into the stores.
          endFrame(...participants.map((participant) => participant.store))
          const expected = documentRecords(participants[0]!.store)
          for (const { store, binding } of participants) {
            expect(documentRecords(store)).toEqual(expected)
            expect(sortedKeys(binding.records.toJSON())).toEqual(sortedKeys(recordsById(expected)))
          }
        } finally {
          for (const { binding, client } of participants) {
            binding.dispose()
            closeClient(client)
          }
        }
        await eventually(() => server.rooms.size === 0, 'room written and unloaded', 10_000)
        const expected = documentRecords(participants[0]!.store)
        const stored = await new BoardLogStore(server.database.db).load(boardId)
        const storedDoc = new Y.Doc()
        for (const update of stored!.updates) Y.applyUpdate(storedDoc, update)
        const fromDatabase = newStore()
        new StoreBinding({ store: fromDatabase, doc: storedDoc, readOnly: true }).start()
        expect(documentRecords(fromDatabase)).toEqual(expected)
      },
    ),
    { numRuns: 100 },
  )
}, 180_000)
