/** A toolbar icon made of one glyph, so each tool reads at a glance. */
export function GlyphIcon({ glyph }: { glyph: string }) {
  return (
    <div aria-hidden="true" style={{ fontSize: 16, lineHeight: 1 }}>
      {glyph}
    </div>
  )
}
