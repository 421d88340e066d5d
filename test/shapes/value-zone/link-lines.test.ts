import { describe, expect, it } from 'vitest'
import { cardFootRoom, linkLine, linkLinePath } from '@/lib/shapes/value-zone/link-lines'

const persona = { x: 0, y: 0, w: 300, h: 500 }
const organisation = { x: 800, y: 100, w: 300, h: 600 }

describe('where a value link is drawn', () => {
  it('runs from the need row on the persona card to the offering row on the organisation card', () => {
    const line = linkLine(
      { card: persona, row: { top: 200, height: 40 } },
      { card: organisation, row: { top: 50, height: 20 } },
    )
    expect(line.start).toEqual({ x: 300, y: 220 })
    expect(line.end).toEqual({ x: 800, y: 160 })
    // It leaves and reaches each card level with its row, and its note sits halfway.
    expect(line.startControl).toEqual({ x: 550, y: 220 })
    expect(line.endControl).toEqual({ x: 550, y: 160 })
    expect(line.middle).toEqual({ x: 550, y: 190 })
    expect(linkLinePath(line)).toBe('M 300 220 C 550 220 550 160 800 160')
  })

  it('leaves from the sides that face each other when the organisation is on the left', () => {
    const line = linkLine(
      { card: { ...persona, x: 1200 }, row: { top: 0, height: 20 } },
      { card: { ...organisation, x: 0 }, row: { top: 0, height: 20 } },
    )
    expect(line.start.x).toBe(1200)
    expect(line.end.x).toBe(300)
  })

  it('ends at the card foot ("+N more") for a row hidden below the card edge or not laid out', () => {
    const foot = persona.h - cardFootRoom / 2
    const hidden = linkLine(
      { card: persona, row: { top: 480, height: 40 } },
      { card: organisation, row: { top: 50, height: 20 } },
    )
    expect(hidden.start).toEqual({ x: 300, y: foot })
    const unmeasured = linkLine(
      { card: persona, row: undefined },
      { card: organisation, row: { top: 50, height: 20 } },
    )
    expect(unmeasured.start).toEqual({ x: 300, y: foot })
    // A row that fits to the last pixel is shown and pointed at.
    const last = linkLine(
      { card: persona, row: { top: 460, height: 40 } },
      { card: organisation, row: undefined },
    )
    expect(last.start.y).toBe(480)
    expect(last.end.y).toBe(organisation.y + organisation.h - cardFootRoom / 2)
  })
})
