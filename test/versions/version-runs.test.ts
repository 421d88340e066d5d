import { describe, expect, it } from 'vitest'
import { foldedRuns } from '@/lib/versions/version-runs'

const automatic = (id: string) => ({ id, automatic: true })
const named = (id: string) => ({ id, automatic: false })
const ids = (runs: { id: string }[][]) => runs.map((run) => run.map((version) => version.id))

describe('the versions list', () => {
  it('folds automatic versions next to each other, and leaves named ones alone', () => {
    const versions = [
      automatic('a3'),
      automatic('a2'),
      named('after workshop 2'),
      named('after workshop 1'),
      automatic('a1'),
      automatic('a0'),
      automatic('a-1'),
    ]
    expect(ids(foldedRuns(versions))).toEqual([
      ['a3', 'a2'],
      ['after workshop 2'],
      ['after workshop 1'],
      ['a1', 'a0', 'a-1'],
    ])
  })

  it('keeps a lone automatic version as it is', () => {
    expect(ids(foldedRuns([named('n'), automatic('a'), named('m')]))).toEqual([['n'], ['a'], ['m']])
    expect(foldedRuns([])).toEqual([])
  })
})
