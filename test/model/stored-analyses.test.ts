import { afterAll, describe, expect, it } from 'vitest'
import { storableJson } from '@/lib/model'
import { ModelWorker } from '@/server/model/model-worker'
import { StoredAnalyses } from '@/server/model/stored-analyses'
import { mortgageNetwork } from './model-builder'

const worker = new ModelWorker()
afterAll(() => worker.close())

/** The real worker, counting the analyses it is asked for. */
function countingWorker() {
  const asked: string[] = []
  return {
    asked,
    analyse: (json: string, question = {}) => {
      asked.push(JSON.stringify(question))
      return worker.analyse(json, question)
    },
  }
}

const first = new Date('2026-12-03T10:00:00Z')
const later = new Date('2026-12-03T10:00:05Z')
const json = storableJson(mortgageNetwork().build())
const grown = storableJson(mortgageNetwork().item('Payments', 'service', 'Refunds').build())

describe('the analyses of stored models', () => {
  it('answers the same question of the same stored model from memory', async () => {
    const counting = countingWorker()
    const analyses = new StoredAnalyses(counting)
    expect(analyses.cached('b1', first, {})).toBeUndefined()
    const answer = await analyses.analyse('b1', first, json, {})
    expect(analyses.cached('b1', first, {})).toBe(answer)
    // Another question, another board, or a newer model is not answered from memory.
    expect(analyses.cached('b1', first, { cube: 'Payments' })).toBeUndefined()
    expect(analyses.cached('b2', first, {})).toBeUndefined()
    expect(analyses.cached('b1', later, {})).toBeUndefined()
    expect(counting.asked).toEqual(['{}'])
  })

  it('works out again what a board was asked when a new model of it is stored', async () => {
    const counting = countingWorker()
    const analyses = new StoredAnalyses(counting)
    await analyses.analyse('b1', first, json, {})
    await analyses.analyse('b1', first, json, { cube: 'Payments' })
    analyses.modelStored('b1', grown, later)
    await expect
      .poll(
        () =>
          analyses.cached('b1', later, {}) && analyses.cached('b1', later, { cube: 'Payments' }),
      )
      .toBeTruthy()
    expect(JSON.parse(analyses.cached('b1', later, {})!).gaps.unusedServices).toContainEqual(
      expect.objectContaining({ name: 'Refunds' }),
    )
    // A board nobody asked about is not analysed when its model is stored.
    analyses.modelStored('b9', grown, later)
    expect(counting.asked).toHaveLength(4)
  })

  it('works out the whole analysis of a new board as it is stored; an ask meanwhile waits for it', async () => {
    const counting = countingWorker()
    const analyses = new StoredAnalyses(counting)
    analyses.modelStored('new', json, first, [{}])
    const asked = await analyses.analyse('new', first, json, {})
    expect(analyses.cached('new', first, {})).toBe(asked)
    expect(counting.asked).toEqual(['{}'])
  })

  it('drops a question the new model cannot answer, and keeps within its size', async () => {
    const limit = json.length * 3
    const analyses = new StoredAnalyses(countingWorker(), limit)
    await analyses.analyse('b1', first, json, { impactOf: 'Refunds' }).catch(() => undefined)
    expect(analyses.cached('b1', first, { impactOf: 'Refunds' })).toBeUndefined()
    const a = await analyses.analyse('a', first, json, {})
    await analyses.analyse('b', first, json, {})
    await analyses.analyse('c', first, json, {})
    // One answer fits, three outgrow the limit: the least recently asked went first.
    expect(a.length).toBeLessThanOrEqual(limit)
    expect(a.length * 3).toBeGreaterThan(limit)
    expect(analyses.cached('a', first, {})).toBeUndefined()
    expect(analyses.cached('c', first, {})).toBeDefined()
  })
})
