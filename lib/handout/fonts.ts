/**
 * The Unicode font the PDF handout embeds, and how text is fitted to it. jsPDF's own fonts
 * (Helvetica and friends) know only Latin-1 in WinAnsi encoding, so "→" came out as `!'` and
 * Greek, Cyrillic or emoji as garbage. DejaVu Sans (the `dejavu-fonts-ttf` package, a free
 * licence) covers Latin, Greek, Cyrillic, arrows and many symbols; the app serves its TTF
 * files itself (`/handout-fonts/<file>`) and jsPDF embeds only the glyphs a handout uses.
 */
export const handoutFonts = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
} as const

export type HandoutFontStyle = keyof typeof handoutFonts

/** Where the browser fetches a handout font from: the app's own origin, never a CDN. */
export function handoutFontUrl(style: HandoutFontStyle): string {
  return `/handout-fonts/${handoutFonts[style]}`
}

/**
 * What stands in the PDF for a character the font has no glyph for (emoji, most CJK): a
 * visible box, where jsPDF would otherwise drop it silently or print a wrong glyph.
 */
export const missingGlyph = '□'

// Code points that only shape their neighbours (emoji presentation, joiners, skin tones):
// they need no glyph of their own, and their cluster stands or falls with its base.
const modifiers = /[\u200c\u200d\ufe0e\ufe0f]|\p{Emoji_Modifier}/u

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * `text` with every character the font cannot draw replaced by {@link missingGlyph}, one box
 * per character as people see it (a family emoji of five code points is one box). jsPDF
 * handles text in UTF-16 units, so anything outside the Basic Multilingual Plane (all
 * emoji faces) gets a box even if a font had it.
 */
export function printableText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let printable = ''
  for (const { segment } of graphemes.segment(text)) {
    const drawable = [...segment].every((char) => {
      if (modifiers.test(char)) return true
      const codePoint = char.codePointAt(0)!
      return codePoint <= 0xffff && (codePoint < 0x20 || hasGlyph(codePoint))
    })
    printable += drawable ? segment : missingGlyph
  }
  return printable
}
