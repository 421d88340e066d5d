import { describe, expect, it } from 'vitest'
import { handoutSections } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

describe('the after-session handout', () => {
  it('writes out links, dependencies with their paths, cycles and gaps', () => {
    const sections = handoutSections(
      mortgageNetwork().item('Reporting', 'service', 'ESG report').build(),
    )
    const section = (title: string) => sections.find((s) => s.title === title)!.lines
    expect(section('Service links')).toContain(
      'Customer Lifecycle Management (CLM Department): "KYC" serves Credit Risk (Risk Department): "KYC"',
    )
    expect(section('Dependencies')).toContain(
      'Home Loan relies on: Home Loan → Mortgage Loan; Home Loan → Mortgage Loan → Credit Risk; ' +
        'Home Loan → Mortgage Loan → Payments; ' +
        'Home Loan → Mortgage Loan → Credit Risk → Customer Lifecycle Management',
    )
    expect(section('Dependency cycles')).toEqual(['None.'])
    expect(section('Services no other cube consumes')).toEqual(['ESG report (Reporting)'])
    expect(section('Cubes with an empty face')).toContain('Reporting: Experience, Back Stage')
  })

  it('says "None." rather than leaving a section empty', () => {
    const sections = handoutSections(new ModelBuilder().build())
    for (const section of sections) expect(section.lines).toEqual(['None.'])
  })
})
