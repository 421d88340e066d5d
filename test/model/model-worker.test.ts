import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import { modelFromRecords } from '@/lib/model'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { ModelWorker } from '@/server/model/model-worker'
import { cubeShape } from '../helpers/tldraw-stores'

const worker = new ModelWorker()
afterAll(() => worker.close())

describe('model work in a worker thread', () => {
  it('derives the same model as the server thread would, as storable JSON', async () => {
    const seed = boardSeedUpdate([cubeShape(undefined, { title: 'Pay\u0000ments' })])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, seed)
    const json = await worker.derive([seed])
    const here = modelFromRecords(recordsOfDoc(doc))
    expect(here.cubes[0]!.title).toBe('Pay\u0000ments')
    // The NUL someone typed is stored as U+FFFD; everything else is the same model.
    expect(JSON.parse(json)).toEqual({
      ...here,
      cubes: [{ ...here.cubes[0]!, title: 'Pay\uFFFDments' }],
    })
  })

  it('analyses a model, and refuses the impact of something the board lacks', async () => {
    const json = await worker.derive([Y.encodeStateAsUpdate(new Y.Doc())])
    expect(JSON.parse(await worker.analyse(json))).toMatchObject({ cycles: [], coverage: [] })
    await expect(worker.analyse(json, { impactOf: 'shape:none' })).rejects.toThrow(
      /no service, process, process step or cube on the board has the id "shape:none"/,
    )
  })

  it('folds a log into a state in pieces that make the same doc, applied in order', async () => {
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    for (let i = 0; i < 1500; i++) doc.getMap('records').set(`shape:${i % 700}`, i)
    doc.getArray('log').push([1, 2, 3])
    doc.getArray('log').delete(0, 1)
    const pieces = await worker.fold(updates)
    expect(pieces.length).toBeGreaterThan(1)
    const folded = new Y.Doc()
    pieces.forEach((piece) => Y.applyUpdate(folded, piece))
    expect(folded.getMap('records').toJSON()).toEqual(doc.getMap('records').toJSON())
    expect(folded.getArray('log').toArray()).toEqual([2, 3])
    expect(Y.encodeStateAsUpdate(folded)).toEqual(Y.encodeStateAsUpdate(doc))
  })

  it('says what failed, and keeps working after a task fails', async () => {
    await expect(worker.analyse('not json')).rejects.toThrow(/model work failed/)
    const json = await worker.derive([])
    expect(JSON.parse(json).version).toBe(2)
  })
})
