// Tests that departments' cube colours stay apart for everyone, colour-blind people included, and stay readable.
import { describe, expect, it } from 'vitest'
import { departmentPalette, departmentTints } from '@/lib/shapes/cube/department-colours'

/** Machado, Oliveira and Fernandes (2009), full severity, on linear RGB. */
const visions: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

const linear = (hex: string) =>
  [1, 3, 5]
    .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))

function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  const x = f((0.4124564 * r! + 0.3575761 * g! + 0.1804375 * b!) / 0.95047)
  const y = f(0.2126729 * r! + 0.7151522 * g! + 0.072175 * b!)
  const z = f((0.0193339 * r! + 0.119192 * g! + 0.9503041 * b!) / 1.08883)
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
}

function seenAs(hex: string, matrix: number[][] | null): number[] {
  const rgb = linear(hex)
  if (!matrix) return lab(rgb)
  return lab(
    matrix.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, weight, i) => sum + weight * rgb[i]!, 0),
        ),
      ),
    ),
  )
}

/** CIE76 colour difference: above ~9, two colours are told apart at a glance. */
const difference = (a: number[], b: number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)

function contrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = linear(hex)
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

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
  'Logistics',
  'Finance',
  'IT',
]

describe('department colours', () => {
  it('gives twelve departments twelve colours apart in every kind of vision', () => {
    const colourOf = departmentPalette(departments)
    const tops = departments.map((department) => colourOf(department).top)
    expect(new Set(tops).size).toBe(12)
    for (const [vision, matrix] of Object.entries(visions)) {
      tops.forEach((a, i) =>
        tops.slice(i + 1).forEach((b, j) => {
          const apart = difference(seenAs(a, matrix), seenAs(b, matrix))
          expect(
            apart,
            `${departments[i]} / ${departments[i + j + 1]} in ${vision}`,
          ).toBeGreaterThan(9)
        }),
      )
    }
  })

  it('tells Compliance and Customer Service apart (they shared a colour)', () => {
    const colourOf = departmentPalette(['Compliance', 'Customer Service'])
    expect(colourOf('Compliance').top).not.toBe(colourOf('Customer Service').top)
  })

  it('keeps text readable on every face: dark text and the department name in the edge colour', () => {
    for (const department of departments) {
      const colours = departmentPalette(departments)(department)
      for (const face of [colours.top, colours.left, colours.right]) {
        expect(contrast('#1b1f24', face)).toBeGreaterThanOrEqual(6)
        expect(contrast(colours.edge, face)).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('keeps a department its colour when another appears after it, and folds spellings', () => {
    const before = departmentPalette(['Risk', 'Sales'])
    const after = departmentPalette(['Risk', 'Sales', 'Audit'])
    expect(after('Sales')).toEqual(before('Sales'))
    expect(after('  risk ')).toEqual(before('Risk'))
    expect(departmentTints).toHaveLength(12)
  })

  it('paints cubes without a department neutral grey', () => {
    expect(departmentPalette(['Sales'])('').top).toBe('#eceef1')
  })
})
