import { describe, expect, it } from 'vitest'
import { laneOf, linkPath, parallelLinkGap } from '@/lib/shapes/service-link/path'

const box = (x: number, y: number, w = 100, h = 100) => ({ x, y, w, h })

describe('where a service link runs', () => {
  it('runs between the facing edges of two cubes side by side', () => {
    expect(linkPath(box(0, 0), box(300, 0), 0)).toEqual({
      start: { x: 100, y: 50 },
      end: { x: 300, y: 50 },
    })
  })

  it('leaves from the bottom and enters at the top when one cube is below the other', () => {
    expect(linkPath(box(0, 0), box(0, 400), 0)).toEqual({
      start: { x: 50, y: 100 },
      end: { x: 50, y: 400 },
    })
  })

  it('puts links of the same two cubes side by side, a gap apart', () => {
    const left = linkPath(box(0, 0), box(300, 0), laneOf(0, 2))!
    const right = linkPath(box(0, 0), box(300, 0), laneOf(1, 2))!
    expect(right.start.y - left.start.y).toBeCloseTo(parallelLinkGap)
    expect(left.start.x).toBe(100)
  })

  it('draws nothing between overlapping cubes', () => {
    expect(linkPath(box(0, 0), box(50, 20), 0)).toBeNull()
    expect(linkPath(box(0, 0), box(0, 0), 0)).toBeNull()
  })
})
