import { describe, expect, it } from 'vitest'
import { coverageByPersona, formatPercent } from '@/lib/model'

const need = (id: string, personaId: string, stated: boolean) => ({ id, personaId, stated })

describe('coverage by persona', () => {
  it('counts stated, unstated and all needs that an offering fulfils', () => {
    const coverage = coverageByPersona({
      personaIds: ['ann', 'corp'],
      needs: [
        need('s1', 'ann', true),
        need('s2', 'ann', true),
        need('s3', 'ann', true),
        need('u1', 'ann', false),
        need('c1', 'corp', true),
      ],
      offeringIds: ['loan', 'kyc', 'esg'],
      links: [
        { needId: 's1', offeringId: 'loan' },
        // Two offerings fulfilling one need still make one met need.
        { needId: 's1', offeringId: 'kyc' },
        { needId: 'u1', offeringId: 'kyc' },
      ],
    })
    expect(coverage.byPersona.get('ann')).toEqual({
      stated: { met: 1, total: 3, percent: 33 },
      unstated: { met: 1, total: 1, percent: 100 },
      overall: { met: 2, total: 4, percent: 50 },
    })
    expect(coverage.byPersona.get('corp')).toEqual({
      stated: { met: 0, total: 1, percent: 0 },
      unstated: { met: 0, total: 0, percent: null },
      overall: { met: 0, total: 1, percent: 0 },
    })
    expect([...coverage.unmetNeedIds].sort()).toEqual(['c1', 's2', 's3'])
    expect([...coverage.idleOfferingIds]).toEqual(['esg'])
  })

  it('ignores links whose need or offering is gone', () => {
    const coverage = coverageByPersona({
      personaIds: ['ann'],
      needs: [need('s1', 'ann', true)],
      offeringIds: ['loan'],
      links: [
        { needId: 's1', offeringId: 'deleted offering' },
        { needId: 'deleted need', offeringId: 'loan' },
      ],
    })
    expect(coverage.byPersona.get('ann')!.overall).toEqual({ met: 0, total: 1, percent: 0 })
    expect([...coverage.idleOfferingIds]).toEqual(['loan'])
  })

  it('rounds to whole percent and says — when a persona has no needs of a kind', () => {
    const coverage = coverageByPersona({
      personaIds: ['ann', 'empty'],
      needs: [need('a', 'ann', true), need('b', 'ann', true), need('c', 'ann', true)],
      offeringIds: ['x'],
      links: [
        { needId: 'a', offeringId: 'x' },
        { needId: 'b', offeringId: 'x' },
      ],
    })
    expect(formatPercent(coverage.byPersona.get('ann')!.stated)).toBe('67%')
    expect(formatPercent(coverage.byPersona.get('empty')!.overall)).toBe('—')
  })
})
