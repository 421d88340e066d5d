import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as Y from 'yjs'
import { statePieces } from '@/server/sync/state-pieces'

/** One participant's edit: a record's field, an item in a list, letters in a text, or a removal. */
type Edit =
  | { kind: 'set'; peer: number; record: number; field: number; value: number }
  | { kind: 'drop'; peer: number; record: number }
  | { kind: 'insert'; peer: number; at: number; value: number }
  | { kind: 'cut'; peer: number; at: number }
  | { kind: 'type'; peer: number; at: number; text: string }
  | { kind: 'sync'; from: number; to: number }

const peer = fc.integer({ min: 0, max: 2 })
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    peer,
    record: fc.nat(5),
    field: fc.nat(3),
    value: fc.integer(),
  }),
  fc.record({ kind: fc.constant('drop' as const), peer, record: fc.nat(5) }),
  fc.record({ kind: fc.constant('insert' as const), peer, at: fc.nat(20), value: fc.integer() }),
  fc.record({ kind: fc.constant('cut' as const), peer, at: fc.nat(20) }),
  fc.record({ kind: fc.constant('type' as const), peer, at: fc.nat(40), text: fc.string() }),
  fc.record({ kind: fc.constant('sync' as const), from: peer, to: peer }),
)

/** Three docs editing the same board shape (a map of record maps, a list, a text) and syncing now and then. */
function editedState(edits: readonly Edit[]): Uint8Array {
  const docs = [0, 1, 2].map(() => new Y.Doc())
  for (const step of edits) {
    if (step.kind === 'sync') {
      Y.applyUpdate(docs[step.to]!, Y.encodeStateAsUpdate(docs[step.from]!))
      continue
    }
    const doc = docs[step.peer]!
    const records = doc.getMap<Y.Map<number>>('records')
    const list = doc.getArray<number>('list')
    const text = doc.getText('text')
    switch (step.kind) {
      case 'set': {
        const key = `record:${step.record}`
        let record = records.get(key)
        if (!record) {
          record = new Y.Map<number>()
          records.set(key, record)
        }
        record.set(`field${step.field}`, step.value)
        break
      }
      case 'drop':
        records.delete(`record:${step.record}`)
        break
      case 'insert':
        list.insert(Math.min(step.at, list.length), [step.value])
        break
      case 'cut':
        if (list.length > 0) list.delete(step.at % list.length, 1)
        break
      case 'type':
        text.insert(Math.min(step.at, text.length), step.text)
        break
    }
  }
  for (const doc of docs.slice(1)) Y.applyUpdate(docs[0]!, Y.encodeStateAsUpdate(doc))
  const state = Y.encodeStateAsUpdate(docs[0]!)
  docs.forEach((doc) => doc.destroy())
  return state
}

/** Applies the pieces in order, checking after each that nothing waits for a later one. */
function docOfPieces(pieces: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const piece of pieces) {
    Y.applyUpdate(doc, piece)
    expect(doc.store.pendingStructs).toBeNull()
    expect(doc.store.pendingDs).toBeNull()
  }
  return doc
}

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return doc
}

function contentOf(doc: Y.Doc) {
  return {
    records: doc.getMap('records').toJSON(),
    list: doc.getArray('list').toJSON(),
    text: doc.getText('text').toString(),
  }
}

describe('a stored state in pieces', () => {
  it('makes the same doc as the whole state, piece after piece, with nothing left pending', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        (edits, size) => {
          const state = editedState(edits)
          const pieces = statePieces(state, size)
          const whole = docOf(state)
          const pieced = docOfPieces(pieces)
          expect(Y.encodeStateAsUpdate(pieced)).toEqual(Y.encodeStateAsUpdate(whole))
          expect(contentOf(pieced)).toEqual(contentOf(whole))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('cuts a long history into pieces of at most the given number of structs, deletions last', () => {
    const doc = new Y.Doc()
    const records = doc.getMap<Y.Map<number>>('records')
    for (let index = 0; index < 50; index++) records.set(`shape:${index}`, new Y.Map<number>())
    for (let move = 0; move < 2000; move++) records.get(`shape:${move % 50}`)!.set('x', move)
    const state = Y.encodeStateAsUpdate(doc)
    const structs = Y.decodeUpdate(state).structs.length

    const pieces = statePieces(state, 100)

    expect(pieces.length).toBe(Math.ceil(structs / 100) + 1)
    for (const piece of pieces.slice(0, -1)) {
      const decoded = Y.decodeUpdate(piece)
      expect(decoded.structs.length).toBeLessThanOrEqual(100)
      expect(decoded.ds.clients.size).toBe(0)
    }
    expect(Y.decodeUpdate(pieces.at(-1)!).structs).toEqual([])
    expect(contentOf(docOfPieces(pieces))).toEqual(contentOf(doc))
  })

  it('keeps a small state, and one that waits for structs it lacks, whole', () => {
    const doc = new Y.Doc()
    doc.getMap('records').set('shape:a', 1)
    const small = Y.encodeStateAsUpdate(doc)
    expect(statePieces(small, 100)).toEqual([small])

    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    for (let index = 0; index < 300; index++) doc.getArray('list').push([index])
    const holder = new Y.Doc()
    updates.slice(1).forEach((update) => Y.applyUpdate(holder, update))
    const gapped = Y.encodeStateAsUpdate(holder)
    expect(statePieces(gapped, 100)).toEqual([gapped])
  })
})
