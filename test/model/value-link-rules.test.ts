import { describe, expect, it } from 'vitest'
import { checkValueLink, type ValueLinkEnd } from '@/lib/model'

const need: ValueLinkEnd = { kind: 'need', id: 'need:1' }
const otherNeed: ValueLinkEnd = { kind: 'need', id: 'need:2' }
const product: ValueLinkEnd = { kind: 'product', id: 'offering:loan' }
const service: ValueLinkEnd = { kind: 'service', id: 'offering:kyc' }
const goal: ValueLinkEnd = { kind: 'goal', id: 'offering:grow' }
const process: ValueLinkEnd = { kind: 'process', id: 'offering:apply' }

describe('value-zone link rules', () => {
  it('lets a need be fulfilled by a product or a service', () => {
    expect(checkValueLink(need, product, [])).toEqual({ allowed: true })
    expect(checkValueLink(need, service, [])).toEqual({ allowed: true })
  })

  it.each([
    ['an offering to a need', product, need, /starts at a need/],
    ['a goal to an offering', goal, product, /starts at a need/],
    ['a need to a need', need, otherNeed, /not by another need/],
    ['a need to a goal', need, goal, /business goal is not an offering/],
    ['a need to a process', need, process, /process is not an offering/],
  ])('refuses %s, saying why', (_case, from, to, reason) => {
    const verdict = checkValueLink(from, to, [])
    expect(verdict.allowed).toBe(false)
    expect(!verdict.allowed && verdict.reason).toMatch(reason)
  })

  it('refuses a missing end and a link that is already there', () => {
    expect(checkValueLink(undefined, product, [])).toMatchObject({ allowed: false })
    expect(checkValueLink(need, undefined, [])).toMatchObject({ allowed: false })
    expect(
      checkValueLink(need, product, [{ needId: need.id, offeringId: product.id }]),
    ).toMatchObject({ allowed: false, reason: expect.stringMatching(/already fulfilled/) })
  })
})
