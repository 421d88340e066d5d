import { describe, expect, it } from 'vitest'
import {
  createShapeId,
  HistoryManager,
  type IndexKey,
  type SerializedSchema,
  type TLRecord,
  type TLShapeId,
} from 'tldraw'
import {
  createBoardStore,
  cubeShapeVersions,
  cubeItemVersions,
  deleteItemsWithTheirCube,
  indexAfterMove,
  newCubeItem,
  groupOf,
  type TLCubeItem,
  type TLCubeShape,
} from '@/lib/shapes'
import { cubeItemTypeName } from '@/lib/model'
import { cubeShape as cube, newStore } from '../../helpers/tldraw-stores'

function item(overrides: Partial<TLCubeItem> & Pick<TLCubeItem, 'cubeId'>): TLCubeItem {
  return {
    id: `${cubeItemTypeName}:one` as TLCubeItem['id'],
    typeName: cubeItemTypeName,
    face: 'front-stage',
    kind: 'service',
    text: 'Credit Application',
    terms: 'decision within two days',
    processId: null,
    index: 'a1' as IndexKey,
    meta: {},
    ...overrides,
  }
}

/** The error message a store's validation gives for a record, or null when it is valid. */
function refusal(record: TLRecord): string | null {
  const store = newStore()
  try {
    store.put([record])
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

describe('cube shape props', () => {
  it('accepts a complete cube', () => {
    expect(refusal(cube())).toBeNull()
  })

  it('refuses a cube without a title, naming the prop', () => {
    const props: Partial<TLCubeShape['props']> = { ...cube().props }
    delete props.title
    const record = { ...cube(), props } as TLCubeShape
    expect(refusal(record)).toMatch(/title/)
  })

  it('refuses a cube of zero width, saying why', () => {
    expect(refusal(cube(undefined, { w: 0 }))).toMatch(/size must be positive/)
  })

  it('refuses a department that is not text', () => {
    const record = cube(undefined, { department: 7 as unknown as string })
    expect(refusal(record)).toMatch(/department/)
  })
})

describe('cube migrations', () => {
  it('migrates a cube written before the first version up to the current one', () => {
    const store = newStore()
    const current = store.schema.serialize()
    const old: SerializedSchema = {
      ...current,
      sequences: { ...current.sequences, 'com.tldraw.shape.cube': 0 },
    }
    const record = cube()
    const migrated = store.schema.migratePersistedRecord(record, old)
    expect(migrated).toEqual({ type: 'success', value: record })
    expect(store.schema.validateRecord(store, record, 'createRecord', null)).toEqual(record)
    expect(current.sequences['com.tldraw.shape.cube']).toBe(1)
    expect(cubeShapeVersions.Initial).toBe('com.tldraw.shape.cube/1')
  })

  it('migrates an item written before the first version up to the current one', () => {
    const store = newStore()
    const current = store.schema.serialize()
    const old: SerializedSchema = {
      ...current,
      sequences: { ...current.sequences, [`com.tldraw.${cubeItemTypeName}`]: 0 },
    }
    const record = item({ cubeId: createShapeId() })
    expect(store.schema.migratePersistedRecord(record, old)).toEqual({
      type: 'success',
      value: record,
    })
    expect(cubeItemVersions.Initial).toBe('com.tldraw.cube_item/1')
  })

  it('refuses a cube from a newer version it does not know', () => {
    const store = newStore()
    const current = store.schema.serialize()
    const newer: SerializedSchema = {
      ...current,
      sequences: { ...current.sequences, 'com.tldraw.shape.cube': 2 },
    }
    expect(store.schema.migratePersistedRecord(cube(), newer).type).toBe('error')
  })
})

describe('face item records', () => {
  const cubeId = createShapeId()

  it('accepts a service with its terms', () => {
    expect(refusal(item({ cubeId }))).toBeNull()
  })

  it('refuses a kind on the wrong face', () => {
    expect(refusal(item({ cubeId, face: 'experience', kind: 'service' }))).toMatch(
      /a service does not belong on the experience face/,
    )
  })

  it('refuses a process step without its process, and a process id on anything else', () => {
    const step = item({ cubeId, face: 'back-stage', kind: 'process-step', processId: null })
    expect(refusal(step)).toMatch(/process step needs its processId/)
    const service = item({ cubeId, processId: `${cubeItemTypeName}:p` as TLCubeItem['id'] })
    expect(refusal(service)).toMatch(/process step needs its processId/)
  })

  it('refuses an item whose cubeId is not a shape id', () => {
    expect(refusal(item({ cubeId: 'page:page' as TLShapeId }))).toMatch(/shape/)
  })

  it('refuses an index that is not a fractional index key', () => {
    expect(refusal(item({ cubeId, index: 'not an index' as IndexKey }))).toMatch(/index key/)
  })

  it('keeps items of one group in order and moves them up and down', () => {
    const store = createBoardStore()
    const first = newCubeItem(store, { cubeId, kind: 'channel', text: 'App' })
    store.put([first])
    const second = newCubeItem(store, { cubeId, kind: 'channel', text: 'Branch office' })
    store.put([second])
    const third = newCubeItem(store, { cubeId, kind: 'channel', text: 'Call centre' })
    store.put([third])
    const texts = () => groupOf(store, cubeId, 'channel').map((channel) => channel.text)
    expect(texts()).toEqual(['App', 'Branch office', 'Call centre'])
    store.update(third.id, (current) => ({
      ...current,
      index: indexAfterMove(store, current, -1)!,
    }))
    expect(texts()).toEqual(['App', 'Call centre', 'Branch office'])
    store.update(first.id, (current) => ({ ...current, index: indexAfterMove(store, current, 1)! }))
    expect(texts()).toEqual(['Call centre', 'App', 'Branch office'])
    expect(indexAfterMove(store, store.get(third.id)!, -1)).toBeNull()
  })
})

describe('deleting a cube', () => {
  it('deletes its items with it, and one undo brings both back', () => {
    const store = newStore()
    const history = new HistoryManager({ store })
    deleteItemsWithTheirCube(store)
    const mine = cube()
    const other = cube()
    store.put([mine, other])
    const service = newCubeItem(store, { cubeId: mine.id, kind: 'service', text: 'KYC' })
    const othersItem = newCubeItem(store, { cubeId: other.id, kind: 'brand', text: 'Bank' })
    store.put([service, othersItem])
    history.clear()
    store.remove([mine.id])
    expect(store.has(service.id)).toBe(false)
    expect(store.has(othersItem.id)).toBe(true)
    history.undo()
    expect(store.get(mine.id)).toEqual(mine)
    expect(store.get(service.id)).toEqual(service)
  })

  it('leaves items alone when the deletion came from another participant', () => {
    const store = newStore()
    deleteItemsWithTheirCube(store)
    const mine = cube()
    store.put([mine])
    const service = newCubeItem(store, { cubeId: mine.id, kind: 'service', text: 'KYC' })
    store.put([service])
    store.mergeRemoteChanges(() => store.remove([mine.id]))
    expect(store.has(service.id)).toBe(true)
  })
})
