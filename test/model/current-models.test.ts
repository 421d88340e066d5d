import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { modelFromRecords, type BoardModel } from '@/lib/model'
import { sessionMapName } from '@/lib/facilitation/session-state'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { CurrentModels } from '@/server/model/current-models'
import { docWithCube, setCubeTitle } from '../helpers/cube-doc'

/** Models derived as the model worker does it, on this thread, counting the derivations. */
function countingModels() {
  const derived: string[] = []
  const models = new CurrentModels(async (state) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    const json = JSON.stringify(modelFromRecords(recordsOfDoc(doc)))
    derived.push(json)
    return json
  })
  const titleOf = async (doc: Y.Doc) =>
    (JSON.parse(await models.of(doc)) as BoardModel).cubes[0]!.title
  return { models, derived, titleOf }
}

describe('the model of an open board as it stands', () => {
  it('is derived once for everyone who asks until the records change', async () => {
    const { derived, titleOf } = countingModels()
    const doc = docWithCube('Mortgage Loan')
    // Members leaving at once, before the first derivation is back, share it.
    const leaving = await Promise.all([titleOf(doc), titleOf(doc), titleOf(doc)])
    expect(leaving).toEqual(['Mortgage Loan', 'Mortgage Loan', 'Mortgage Loan'])
    expect(await titleOf(doc)).toBe('Mortgage Loan')
    expect(derived).toHaveLength(1)

    setCubeTitle(doc, 'Car Loan')
    expect(await titleOf(doc)).toBe('Car Loan')
    expect(await titleOf(doc)).toBe('Car Loan')
    expect(derived).toHaveLength(2)
  })

  it('keeps the model through changes outside the records, and per doc', async () => {
    const { derived, titleOf } = countingModels()
    const doc = docWithCube('Mortgage Loan')
    await titleOf(doc)
    doc.getMap(sessionMapName).set('timer', { endsAt: 1 })
    await titleOf(doc)
    expect(derived).toHaveLength(1)
    expect(await titleOf(docWithCube('Savings'))).toBe('Savings')
    expect(derived).toHaveLength(2)
  })

  it('asks again after a derivation failed', async () => {
    let fail = true
    const models = new CurrentModels(async () => {
      if (fail) throw new Error('the model worker stopped')
      return '{}'
    })
    const doc = docWithCube('Mortgage Loan')
    await expect(models.of(doc)).rejects.toThrow('the model worker stopped')
    fail = false
    await expect(models.of(doc)).resolves.toBe('{}')
  })
})
