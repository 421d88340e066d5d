import { describe, expect, it } from 'vitest'
import { coloursOfDepartment, departmentColoursOf, departmentPalette } from '@/lib/shapes'
import { contrast, deltaE2000, simulate } from '../../helpers/colour-difference'

const visions = {
  'normal vision': (hex: string) => hex,
  deuteranopia: (hex: string) => simulate(hex, 'deuteranopia'),
  protanopia: (hex: string) => simulate(hex, 'protanopia'),
}

/** The smallest CIEDE2000 difference between any two of the colours, as `see` sees them. */
function closestPair(colours: readonly string[], see: (hex: string) => string): number {
  let closest = Infinity
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b) => (closest = Math.min(closest, deltaE2000(see(a), see(b))))),
  )
  return closest
}

describe('department colours', () => {
  it('has twelve colours', () => {
    expect(departmentPalette).toHaveLength(12)
    expect(new Set(departmentPalette.map((colours) => colours.name)).size).toBe(12)
  })

  // ΔE00 ≥ 10 is clearly different at a glance; ≥ 7 still plainly so side by side.
  for (const [vision, see] of Object.entries(visions)) {
    it(`keeps every two department colours apart with ${vision}`, () => {
      const faces = departmentPalette.map((colours) => colours.right)
      expect(closestPair(faces, see)).toBeGreaterThanOrEqual(vision === 'normal vision' ? 10 : 7)
      // The lit face, lighter, stays apart too.
      expect(
        closestPair(
          departmentPalette.map((colours) => colours.left),
          see,
        ),
      ).toBeGreaterThan(5)
    })
  }

  it('keeps text readable on every face and headings readable in the edge colour', () => {
    for (const colours of departmentPalette) {
      for (const face of [colours.top, colours.left, colours.right])
        expect(contrast('#1b1f24', face), `${colours.name} ${face}`).toBeGreaterThanOrEqual(4.5)
      for (const face of [colours.top, colours.left])
        expect(contrast(colours.edge, face), `${colours.name} edge`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('never gives two departments of one board the same colour, up to twelve', () => {
    // Compliance and Customer Service looked alike before; these names all hash near each other.
    const departments = [
      'Compliance',
      'Customer Service',
      'Retail Sales',
      'Corporate Sales',
      'Loan Management',
      'Risk Department',
      'CLM Department',
      'Payment Department',
      'Reporting Department',
      'IT',
      'HR',
      'Legal',
    ]
    const colours = departmentColoursOf([...departments, ' compliance ', ''])
    expect(colours.size).toBe(12)
    expect(new Set([...colours.values()].map((each) => each.name)).size).toBe(12)
    expect(coloursOfDepartment(colours, 'COMPLIANCE ')).toBe(colours.get('compliance'))
    expect(coloursOfDepartment(colours, '').name).toBe('grey')
  })
})
