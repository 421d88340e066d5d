import { describe, expect, it } from 'vitest'
import { createShapeId, type TLShape } from 'tldraw'
import { lockMetaKey, privateMetaKey } from '@/lib/model'
import { handLockedIds, privateRecordIds } from '@/lib/facilitation/session-marks'
import { newStore, rectangle } from '@/test/helpers/tldraw-stores'

function withMeta(shape: TLShape, meta: TLShape['meta']): TLShape {
  return { ...shape, meta: { ...shape.meta, ...meta } }
}

describe('the session marks the session bar counts', () => {
  it('follow marks put, changed and taken off, locally and remotely', () => {
    const store = newStore()
    const plain = rectangle(createShapeId('plain'))
    const locked = withMeta(rectangle(createShapeId('locked')), { [lockMetaKey]: true })
    const private_ = withMeta(rectangle(createShapeId('mine')), { [privateMetaKey]: 'user-1' })
    store.put([plain, locked, private_])
    const lockedIds = handLockedIds(store)
    const privateIds = privateRecordIds(store)
    expect([...lockedIds.get()]).toEqual([locked.id])
    expect([...privateIds.get()]).toEqual([private_.id])

    store.mergeRemoteChanges(() =>
      store.put([
        withMeta(plain, { [lockMetaKey]: true }),
        withMeta(locked, { [lockMetaKey]: 'step' }),
      ]),
    )
    expect([...lockedIds.get()]).toEqual([plain.id])

    store.put([{ ...private_, meta: {} }])
    expect(privateIds.get().size).toBe(0)
    store.put([withMeta(locked, { [privateMetaKey]: 'user-2' })])
    expect([...privateIds.get()]).toEqual([locked.id])

    store.remove([plain.id, locked.id])
    expect(lockedIds.get().size).toBe(0)
    expect(privateIds.get().size).toBe(0)
  })

  it('stay the same set while changes touch no mark, so watchers are not woken', () => {
    const store = newStore()
    const locked = withMeta(rectangle(createShapeId('locked')), { [lockMetaKey]: true })
    const moved = rectangle(createShapeId('moved'))
    store.put([locked, moved])
    const before = handLockedIds(store).get()
    store.mergeRemoteChanges(() => store.put([{ ...moved, x: 100 }]))
    expect(handLockedIds(store).get()).toBe(before)
  })

  it('count what the store held before anyone watched', () => {
    const store = newStore()
    const shapes = Array.from({ length: 5 }, (_, index) =>
      withMeta(rectangle(createShapeId(`shape-${index}`)), { [lockMetaKey]: index % 2 === 0 }),
    )
    store.put(shapes)
    expect(handLockedIds(store).get().size).toBe(3)
  })
})
