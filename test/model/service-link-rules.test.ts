import { describe, expect, it } from 'vitest'
import { checkServiceLink } from '@/lib/model'

const item = (id: string, cubeId: string, kind: string) => ({ id, cubeId, kind })
const service = item('kyc', 'clm', 'service')
const step = item('kyc-step', 'risk', 'process-step')

describe('service link rules', () => {
  it('lets a service of one cube serve a process step of another', () => {
    expect(checkServiceLink(service, step, [])).toEqual({ allowed: true })
  })

  it('lets one service serve many steps', () => {
    const other = item('check', 'loans', 'process-step')
    const existing = [{ id: 'l1', serviceId: 'kyc', stepId: 'kyc-step' }]
    expect(checkServiceLink(service, other, existing)).toEqual({ allowed: true })
  })

  it.each([
    ['the wrong way round', step, service, [], /start at the service/],
    ['from a product', item('p', 'clm', 'product'), step, [], /only a service can serve/],
    [
      'from a process step of another kind',
      item('s', 'clm', 'process'),
      step,
      [],
      /only a service/,
    ],
    ['from a channel', item('c', 'clm', 'channel'), step, [], /only a service/],
    ['to a service', service, item('s2', 'risk', 'service'), [], /pick a step of a process/],
    ['to a process', service, item('p', 'risk', 'process'), [], /pick a step of a process/],
    [
      'to a journey step',
      service,
      item('j', 'risk', 'journey-step'),
      [],
      /pick a step of a process/,
    ],
    ['to a policy', service, item('x', 'risk', 'policy'), [], /pick a step of a process/],
    ['within one cube', service, item('own', 'clm', 'process-step'), [], /does not serve itself/],
    ['twice', service, step, [{ id: 'l', serviceId: 'kyc', stepId: 'kyc-step' }], /already serves/],
    [
      'to a step with a provider',
      item('other', 'reporting', 'service'),
      step,
      [{ id: 'l', serviceId: 'kyc', stepId: 'kyc-step' }],
      /already has a provider/,
    ],
    ['with an end missing', service, undefined, [], /Pick a service and the process step/],
  ])('refuses a link %s, saying why', (_case, from, to, existing, reason) => {
    const verdict = checkServiceLink(from, to, existing)
    expect(verdict.allowed).toBe(false)
    expect(verdict.allowed ? '' : verdict.reason).toMatch(reason)
  })
})
