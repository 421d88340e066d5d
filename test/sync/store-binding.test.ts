import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createShapeId, type TLRecord } from 'tldraw'
import { applyPageState, pageStateOfDoc, pageStateRecordLimit } from '@/lib/sync/page-state'
import { docLayout } from '@/lib/sync/record-layout'
import { inNextTask, StoreBinding } from '@/lib/sync/store-binding'
import { recordToYMap } from '@/lib/sync/record-layout'
import {
  documentRecords,
  endFrame,
  Network,
  newPeer,
  newStore,
  rectangle,
  batchChangesPerManualFrame,
  type Peer,
} from '../helpers/tldraw-stores'

/** Two started peers on one (in-memory) board: A seeded it, B loaded it. */
function twoPeers(): { a: Peer; b: Peer; network: Network } {
  const a = newPeer()
  const b = newPeer()
  const network = new Network([a.doc, b.doc])
  a.binding.start()
  network.settle()
  b.binding.start()
  return { a, b, network }
}

batchChangesPerManualFrame()

function endFrameOf(...peers: Peer[]) {
  endFrame(...peers.map((peer) => peer.store))
}

describe('StoreBinding', () => {
  it('seeds an empty doc from the store and loads a filled doc into a new store', () => {
    const { a, b } = twoPeers()
    expect(a.binding.records.has('page:page')).toBe(true)
    expect(documentRecords(b.store)).toEqual(documentRecords(a.store))
  })

  it('carries a new shape to the other peer', () => {
    const { a, b, network } = twoPeers()
    const shape = rectangle()
    a.store.put([shape])
    endFrameOf(a)
    network.settle()
    expect(b.store.get(shape.id)).toEqual(shape)
  })

  it('keeps both edits when one peer moves a shape and the other recolours it', () => {
    const { a, b, network } = twoPeers()
    const shape = rectangle()
    a.store.put([shape])
    endFrameOf(a)
    network.settle()
    a.store.put([{ ...shape, x: 300, y: 120 }])
    b.store.put([{ ...shape, props: { ...shape.props, color: 'red' } }])
    endFrameOf(a, b)
    network.settle()
    for (const peer of [a, b]) {
      expect(peer.store.get(shape.id)).toMatchObject({ x: 300, y: 120, props: { color: 'red' } })
    }
  })

  it('keeps the props object of a remotely moved shape, so tldraw only moves it', () => {
    const { a, b, network } = twoPeers()
    const shape = rectangle()
    a.store.put([shape])
    endFrameOf(a)
    network.settle()
    const propsBefore = b.store.get(shape.id)!.props
    a.store.put([{ ...shape, x: 99 }])
    endFrameOf(a)
    network.settle()
    expect(b.store.get(shape.id)).toMatchObject({ x: 99 })
    expect(b.store.get(shape.id)!.props).toBe(propsBefore)
  })

  it('keeps both edits of two different props of one shape', () => {
    const { a, b, network } = twoPeers()
    const shape = rectangle()
    a.store.put([shape])
    endFrameOf(a)
    network.settle()
    a.store.put([{ ...shape, props: { ...shape.props, fill: 'solid' } }])
    b.store.put([{ ...shape, props: { ...shape.props, color: 'blue' } }])
    endFrameOf(a, b)
    network.settle()
    for (const peer of [a, b]) {
      expect(peer.store.get(shape.id)).toMatchObject({ props: { fill: 'solid', color: 'blue' } })
    }
  })

  it('converges when a remote change lands between a local edit and its frame flush', () => {
    const { a, b, network } = twoPeers()
    const shape = rectangle()
    a.store.put([shape])
    endFrameOf(a)
    network.settle()
    // A edits; its frame has not ended, so the edit is only in A's store.
    a.store.put([{ ...a.store.get(shape.id)!, x: 50 } as TLRecord])
    // B's change to the same shape arrives at A before A's frame ends.
    b.store.put([{ ...shape, props: { ...shape.props, color: 'green' } }])
    endFrameOf(b)
    network.deliverTo(a.doc)
    endFrameOf(a)
    network.settle()
    expect(documentRecords(a.store)).toEqual(documentRecords(b.store))
    expect(a.store.get(shape.id)).toMatchObject({ x: 50, props: { color: 'green' } })
  })

  it('puts the remote changes that came before a deferred merge into the store as one commit', () => {
    const a = newPeer()
    const b = newPeer({ remoteChangesDeferred: true })
    const network = new Network([a.doc, b.doc])
    a.binding.start()
    network.settle()
    b.binding.start()
    const shape = rectangle()
    a.store.put([shape])
    a.store._flushHistory()
    network.settle()
    endFrameOf(b)
    const merges = vi.spyOn(b.store, 'mergeRemoteChanges')
    for (const x of [10, 20, 30]) {
      a.store.put([{ ...a.store.get(shape.id)!, x } as TLRecord])
      a.store._flushHistory()
      network.settle()
    }
    expect(merges).not.toHaveBeenCalled()
    expect(b.store.get(shape.id)).toMatchObject({ x: 0 })
    endFrameOf(b)
    expect(merges).toHaveBeenCalledTimes(1)
    expect(b.store.get(shape.id)).toMatchObject({ x: 30 })
  })

  it('keeps a local edit made while remote changes wait for their frame', () => {
    const a = newPeer()
    const b = newPeer({ remoteChangesDeferred: true })
    const network = new Network([a.doc, b.doc])
    a.binding.start()
    network.settle()
    b.binding.start()
    const shape = rectangle()
    a.store.put([shape])
    a.store._flushHistory()
    network.settle()
    endFrameOf(b)
    a.store.put([{ ...a.store.get(shape.id)!, x: 70 } as TLRecord])
    a.store._flushHistory()
    network.settle()
    // B recolours the shape before A's move reaches its store.
    const seen = b.store.get(shape.id) as typeof shape
    b.store.put([{ ...seen, props: { ...seen.props, color: 'violet' } }])
    endFrameOf(a, b)
    network.settle()
    endFrameOf(b)
    for (const peer of [a, b]) {
      expect(peer.store.get(shape.id)).toMatchObject({ x: 70, props: { color: 'violet' } })
    }
    expect(documentRecords(a.store)).toEqual(documentRecords(b.store))
  })

  it('does not echo remote changes back to the doc', () => {
    const { a, b, network } = twoPeers()
    let updatesFromB = 0
    b.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== network) updatesFromB++
    })
    a.store.put([rectangle()])
    endFrameOf(a)
    network.settle()
    endFrameOf(b)
    expect(updatesFromB).toBe(0)
  })

  it('sends a bulk operation as one Yjs transaction', () => {
    const { a } = twoPeers()
    let transactions = 0
    a.doc.on('update', () => transactions++)
    a.store.put(Array.from({ length: 500 }, (_, i) => rectangle(createShapeId(), { x: i * 10 })))
    endFrameOf(a)
    expect(transactions).toBe(1)
    a.store.remove(
      documentRecords(a.store)
        .filter((r) => r.typeName === 'shape')
        .map((r) => r.id),
    )
    endFrameOf(a)
    expect(transactions).toBe(2)
    expect([...a.binding.records.keys()].filter((id) => id.startsWith('shape:'))).toEqual([])
  })

  it('deletes a shape for the other peer', () => {
    const { a, b, network } = twoPeers()
    const shape = rectangle()
    a.store.put([shape])
    endFrameOf(a)
    network.settle()
    b.store.remove([shape.id])
    endFrameOf(b)
    network.settle()
    expect(a.store.has(shape.id)).toBe(false)
  })

  it('skips and reports a record it cannot validate, and applies the rest', () => {
    const { a } = twoPeers()
    const good = rectangle()
    a.doc.transact(() => {
      a.binding.records.set(
        'shape:future',
        recordToYMap({ ...rectangle(), id: 'shape:future', type: 'hologram' }),
      )
      a.binding.records.set(good.id, recordToYMap({ ...good }))
    })
    const skipped: string[] = []
    const reader = new StoreBinding({
      store: newStore(),
      doc: a.doc,
      onSkippedRecord: (id) => skipped.push(id),
    })
    reader.start()
    expect(skipped).toEqual(['shape:future'])
    expect(reader.records.get(good.id)).toBeDefined()
    expect(documentRecords(a.store).find((record) => record.id === good.id)).toEqual(good)
  })

  it('survives anything another client puts in the records map', () => {
    const { a, b, network } = twoPeers()
    const skipped: string[] = []
    const c = newPeer({ doc: a.doc })
    new StoreBinding({
      store: c.store,
      doc: a.doc,
      onSkippedRecord: (id) => skipped.push(id),
    }).start()
    const good = rectangle()
    // A stock client, not a tldraw one, writes straight into the doc.
    b.doc.transact(() => {
      b.binding.records.set('shape:text', 'not a record')
      b.binding.records.set('shape:number', 42)
      b.binding.records.set('shape:elsewhere', recordToYMap({ ...rectangle(), id: 'shape:other' }))
      b.binding.records.set(good.id, recordToYMap({ ...good }))
    })
    network.settle()
    expect(skipped.sort()).toEqual(['shape:elsewhere', 'shape:number', 'shape:text'])
    expect(c.store.get(good.id)).toEqual(good)
    // Editing goes on, and a record we own repairs a damaged entry.
    a.store.put([{ ...good, x: 42 }])
    endFrameOf(a)
    network.settle()
    expect(b.store.get(good.id)).toMatchObject({ x: 42 })
  })

  it('writes about ten updates a second during a drag and keeps the doc small', () => {
    vi.useFakeTimers()
    try {
      const store = newStore()
      const doc = new Y.Doc()
      const binding = new StoreBinding({ store, doc, updateIntervalMs: 100 })
      binding.start()
      const shape = rectangle()
      store.put([shape])
      store._flushHistory()
      const sizeWithShape = Y.encodeStateAsUpdate(doc).byteLength
      let updates = 0
      doc.on('update', () => updates++)
      // 1,000 pointer moves at 60 frames a second: tldraw flushes once per frame.
      for (let frame = 1; frame <= 1000; frame++) {
        store.put([{ ...shape, x: frame, y: frame * 2 }])
        store._flushHistory()
        vi.advanceTimersByTime(1000 / 60)
      }
      vi.advanceTimersByTime(200)
      expect(store.get(shape.id)).toMatchObject({ x: 1000, y: 2000 })
      expect((binding.records.get(shape.id) as Y.Map<unknown>).get('x')).toBe(1000)
      const growth = Y.encodeStateAsUpdate(doc).byteLength - sizeWithShape
      console.info(`drag of 1,000 frames: ${updates} doc updates, doc +${growth} bytes`)
      expect(updates).toBeLessThanOrEqual(1000 / 6 + 2)
      expect(growth).toBeLessThan(4096)
    } finally {
      vi.useRealTimers()
    }
  })

  it('turns read-only and reports when the doc was written by a newer schema', () => {
    const { a } = twoPeers()
    const schema = a.binding.meta.get('schema') as { sequences: Record<string, number> }
    let tooNew = 0
    const newer = { ...schema, sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 999 } }
    const oldStore = newStore()
    a.binding.meta.set('schema', newer)
    new StoreBinding({ store: oldStore, doc: a.doc, onSchemaTooNew: () => tooNew++ }).start()
    expect(tooNew).toBe(1)
    let updates = 0
    a.doc.on('update', () => updates++)
    oldStore.put([rectangle()])
    endFrame(oldStore)
    expect(updates).toBe(0)
  })
})

describe("the board page's state of the board, before the first sync", () => {
  /** A board with two shapes, and its state as the server renders it into the page. */
  function boardWithPageState() {
    const { a, network } = twoPeers()
    const kept = rectangle()
    const removed = rectangle(undefined, { x: 400 })
    a.store.put([kept, removed])
    endFrameOf(a)
    network.settle()
    const pageState = pageStateOfDoc(a.doc)!
    return { a, kept, removed, pageState }
  }

  /** A peer whose doc starts from the page state, as the board page's does. */
  function pageReader(pageState: string, options: Parameters<typeof newPeer>[0] = {}) {
    const doc = new Y.Doc()
    applyPageState(doc, pageState)
    return newPeer({ ...options, doc })
  }

  /** What the server sends at the first sync: what the reader's doc lacks. */
  function firstSync(server: Y.Doc, reader: Y.Doc) {
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(server, Y.encodeStateVector(reader)))
  }

  it('shows the board without writing anything', () => {
    const { kept, removed, pageState } = boardWithPageState()
    const reader = pageReader(pageState)
    let updates = 0
    reader.doc.on('update', () => updates++)
    const userChanges: unknown[] = []
    reader.store.listen((change) => userChanges.push(change), {
      source: 'user',
      scope: 'document',
    })
    reader.binding.showDoc()
    endFrame(reader.store)
    expect(reader.store.get(kept.id)).toEqual(kept)
    expect(reader.store.get(removed.id)).toEqual(removed)
    expect(updates).toBe(0)
    // Remote changes: nothing for this person's undo stack.
    expect(userChanges).toEqual([])
  })

  it('follows the doc from then on: the first sync brings the edits made since', () => {
    const { a, kept, removed, pageState } = boardWithPageState()
    // The board moved on between the page's render and the socket's sync.
    a.store.put([{ ...kept, x: 999 }])
    a.store.remove([removed.id])
    const added = rectangle(undefined, { y: 700 })
    a.store.put([added])
    endFrameOf(a)
    const reader = pageReader(pageState, { remoteChangesDeferred: true })
    reader.binding.showDoc()
    firstSync(a.doc, reader.doc)
    let updates = 0
    reader.doc.on('update', () => updates++)
    // Started in the task that took in the sync, before the deferred merge has run.
    reader.binding.start()
    endFrame(reader.store)
    expect(documentRecords(reader.store)).toEqual(documentRecords(a.store))
    expect(updates).toBe(0)
    // Started, it writes its own edits into the doc.
    reader.store.put([{ ...added, x: 5 }])
    endFrame(reader.store)
    expect(updates).toBe(1)
  })

  it('does not write what it showed into a doc that turns out empty', () => {
    const { a, kept, pageState } = boardWithPageState()
    const records = a.doc.getMap(docLayout.records)
    a.doc.transact(() => [...records.keys()].forEach((id) => records.delete(id)))
    const reader = pageReader(pageState, { remoteChangesDeferred: true })
    reader.binding.showDoc()
    expect(reader.store.has(kept.id)).toBe(true)
    firstSync(a.doc, reader.doc)
    reader.binding.start()
    endFrame(reader.store)
    expect(reader.store.has(kept.id)).toBe(false)
    expect(reader.binding.records.has(kept.id)).toBe(false)
  })

  it('skips records it cannot read and is not shown at all from a newer schema', () => {
    const { a, kept, pageState } = boardWithPageState()
    const damaged = pageReader(pageState)
    damaged.binding.records.set('shape:x', recordToYMap({ id: 'shape:x', typeName: 'shape' }))
    damaged.binding.showDoc()
    expect(damaged.store.get(kept.id)).toEqual(kept)
    expect(damaged.store.has('shape:x' as TLRecord['id'])).toBe(false)

    const schema = a.store.schema.serialize()
    const newer = { ...schema, sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 999 } }
    a.doc.getMap(docLayout.meta).set('schema', newer)
    const old = pageReader(pageStateOfDoc(a.doc)!)
    old.binding.showDoc()
    expect(old.store.has(kept.id)).toBe(false)
  })

  it('survives a damaged state: the doc takes what it can, and the sync brings the rest', () => {
    const { a, kept, pageState } = boardWithPageState()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const reader = pageReader(pageState.slice(0, pageState.length / 2))
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
    reader.binding.showDoc()
    firstSync(a.doc, reader.doc)
    reader.binding.start()
    expect(reader.store.get(kept.id)).toEqual(kept)
  })

  it('is left out for an empty doc and for boards past the limit', () => {
    expect(pageStateOfDoc(new Y.Doc())).toBeNull()
    const { a } = twoPeers()
    a.store.put(Array.from({ length: pageStateRecordLimit }, () => rectangle()))
    endFrameOf(a)
    expect(pageStateOfDoc(a.doc)).toBeNull()
  })
})

it('lays the doc out as documented', () => {
  expect(docLayout).toEqual({ records: 'tl_records', meta: 'tl_meta' })
})

describe('inNextTask (when the board page merges remote changes)', () => {
  it('runs in a task of its own after the current one, not in an animation frame', async () => {
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame')
    const order: string[] = []
    const merged = new Promise<void>((resolve) =>
      inNextTask(() => {
        order.push('merge')
        resolve()
      }),
    )
    order.push('rest of the message')
    await merged
    expect(order).toEqual(['rest of the message', 'merge'])
    expect(frames).not.toHaveBeenCalled()
    frames.mockRestore()
  })
})
