import { describe, expect, it } from 'vitest'
import {
  laneAmong,
  laneOf,
  linkPath,
  linkWordsHeight,
  parallelLinkGap,
  type LinkEnds,
  type Point,
} from '@/lib/shapes/service-link/path'

const box = (x: number, y: number, w = 100, h = 100) => ({ x, y, w, h })

describe('where a service link runs', () => {
  it('runs between the facing edges of two cubes side by side', () => {
    expect(linkPath(box(0, 0), box(300, 0), 0)).toEqual({
      start: { x: 100, y: 50 },
      end: { x: 300, y: 50 },
      words: { x: 200, y: 50 },
    })
  })

  it('leaves from the bottom and enters at the top when one cube is below the other', () => {
    expect(linkPath(box(0, 0), box(0, 400), 0)).toEqual({
      start: { x: 50, y: 100 },
      end: { x: 50, y: 400 },
      words: { x: 50, y: 250 },
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

  /** The three links of one pair (two one way, one back), drawn between boxes `a` and `b`. */
  function threeLinks(a: ReturnType<typeof box>, b: ReturnType<typeof box>) {
    const links: LinkEnds[] = [
      { id: 'shape:1', from: 'shape:a', to: 'shape:b' },
      { id: 'shape:2', from: 'shape:b', to: 'shape:a' },
      { id: 'shape:3', from: 'shape:a', to: 'shape:b' },
      { id: 'shape:4', from: 'shape:a', to: 'shape:c' },
    ]
    expect(laneAmong(links[3]!, links)).toBe(0)
    return links.slice(0, 3).map((link) => {
      const lane = laneAmong(link, links)
      return link.from === 'shape:a' ? linkPath(a, b, lane)! : linkPath(b, a, lane)!
    })
  }

  /** Whether two links' words (about 200 wide) would overprint. */
  const wordsOverlap = (p: Point, q: Point) =>
    Math.abs(p.x - q.x) < 200 && Math.abs(p.y - q.y) < linkWordsHeight

  /** How far apart two parallel links run. */
  function apart(p: { start: Point; end: Point }, q: { start: Point; end: Point }) {
    const dx = p.end.x - p.start.x
    const dy = p.end.y - p.start.y
    return (
      Math.abs((q.start.x - p.start.x) * dy - (q.start.y - p.start.y) * dx) / Math.hypot(dx, dy)
    )
  }

  for (const [arrangement, b] of [
    ['side by side', box(700, 0, 560, 460)],
    ['one below the other, close', box(0, 560, 560, 460)],
    ['diagonal', box(640, 560, 560, 460)],
  ] as const) {
    it(`puts links running both ways between two cubes side by side, words apart (${arrangement})`, () => {
      const drawn = threeLinks(box(0, 0, 560, 460), b)
      for (const [i, j] of [
        [0, 1],
        [0, 2],
        [1, 2],
      ] as const) {
        expect(apart(drawn[i]!, drawn[j]!)).toBeGreaterThanOrEqual(parallelLinkGap - 0.001)
        expect(wordsOverlap(drawn[i]!.words, drawn[j]!.words)).toBe(false)
      }
    })
  }

  it('keeps the words of two links up a diagonal apart (the template: Mortgage Loan to Real Estate Loan)', () => {
    const provider = box(700, 700, 560, 460)
    const consumer = box(1400, 0, 560, 460)
    const [p, q] = [laneOf(0, 2), laneOf(1, 2)].map((lane) => linkPath(provider, consumer, lane)!)
    expect(wordsOverlap(p!.words, q!.words)).toBe(false)
  })
})
