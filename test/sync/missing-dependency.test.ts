import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { missingDependency } from '@/server/sync/update-dependencies'

const check = (doc: Y.Doc, update: Uint8Array) => missingDependency(doc, Y.decodeUpdate(update))

/** Applies what `edit` does to a copy of `base` and returns only that change. */
function changeOn(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(copy)
  edit(copy)
  return Y.encodeStateAsUpdate(copy, before)
}

describe('missingDependency', () => {
  it('finds nothing missing in an update complete against the doc', () => {
    const doc = new Y.Doc()
    doc.getText('title').insert(0, 'Mortgage')
    const update = changeOn(doc, (copy) => {
      copy.getText('title').insert(8, ' Loan')
      copy.getText('title').delete(0, 2)
    })
    expect(check(doc, update)).toBe(null)
    Y.applyUpdate(doc, update)
    expect(doc.getText('title').toString()).toBe('rtgage Loan')
  })

  it("names an insertion next to another client's text the doc does not have", () => {
    const shared = new Y.Doc()
    shared.getText('title').insert(0, 'Mortgage')
    const stranger = new Y.Doc()
    const update = changeOn(shared, (copy) => copy.getText('title').insert(4, '-'))
    expect(check(stranger, update)).toMatch(
      new RegExp(`^it builds on clock \\d of client ${shared.clientID}, which the board`),
    )
  })

  it('accepts an update that brings what it builds on itself, and deletes of its own inserts', () => {
    const source = new Y.Doc()
    source.getText('title').insert(0, 'Credit')
    source.getText('title').insert(6, ' Risk')
    source.getText('title').delete(0, 1)
    expect(check(new Y.Doc(), Y.encodeStateAsUpdate(source))).toBe(null)
  })

  it('accepts a merged update whose gap the doc already fills', () => {
    const source = new Y.Doc()
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    source.on('update', (update: Uint8Array) => updates.push(update))
    for (const key of ['a', 'b', 'c']) source.getMap('shapes').set(key, key)
    Y.applyUpdate(doc, updates[1]!, null)
    Y.applyUpdate(doc, updates[0]!)
    // Updates 0 and 2 merged leave a skip where update 1 was.
    const merged = Y.mergeUpdates([updates[0]!, updates[2]!])
    expect(check(doc, merged)).toBe(null)
    expect(check(new Y.Doc(), merged)).toMatch(/^it continues client \d+ at clock 2, after 1$/)
  })
})
