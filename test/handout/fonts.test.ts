import { describe, expect, it } from 'vitest'
import { missingGlyph, printableText } from '@/lib/handout/fonts'

// A font that has Latin, Greek, Cyrillic, arrows and one symbol, like DejaVu Sans.
const hasGlyph = (codePoint: number) =>
  codePoint < 0x0530 || (codePoint >= 0x2190 && codePoint <= 0x21ff) || codePoint === 0x2764

describe('printableText', () => {
  it('keeps every character the font draws', () => {
    expect(printableText('Zürich → Kraków: Ωmega, Отдел', hasGlyph)).toBe(
      'Zürich → Kraków: Ωmega, Отдел',
    )
  })

  it('puts one visible box for each character the font lacks, emoji sequences included', () => {
    expect(printableText('Launch 🚀 by 👩‍💻 in 東京', hasGlyph)).toBe(
      `Launch ${missingGlyph} by ${missingGlyph} in ${missingGlyph}${missingGlyph}`,
    )
  })

  it('draws a symbol the font has even when it asks for emoji presentation', () => {
    expect(printableText('I \u2764\ufe0f loans', hasGlyph)).toBe('I \u2764\ufe0f loans')
  })
})
