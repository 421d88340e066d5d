/**
 * Colour science for tests: CIEDE2000 colour difference (Sharma, Wu and Dalal 2005) and
 * simulated colour-vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1).
 */

type Rgb = [number, number, number]

/** "#d55e00" as linear-light sRGB channels (0…1). */
function linearRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16)
  return [16, 8, 0].map((shift) => {
    const c = ((value >> shift) & 255) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as Rgb
}

function toHex(linear: Rgb): string {
  return `#${linear
    .map((c) => {
      const clamped = Math.min(1, Math.max(0, c))
      const encoded = clamped <= 0.0031308 ? clamped * 12.92 : 1.055 * clamped ** (1 / 2.4) - 0.055
      return Math.round(encoded * 255)
        .toString(16)
        .padStart(2, '0')
    })
    .join('')}`
}

const machado: Record<'deuteranopia' | 'protanopia', number[][]> = {
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
}

/** How a colour looks to someone with the given colour-vision deficiency. */
export function simulate(hex: string, deficiency: keyof typeof machado): string {
  const rgb = linearRgb(hex)
  return toHex(
    machado[deficiency].map((row) => row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]) as Rgb,
  )
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = linearRgb(hex)
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [high, low] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

function lab(hex: string): Rgb {
  const [r, g, b] = linearRgb(hex)
  const xyz = [
    (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
    0.2126729 * r + 0.7151522 * g + 0.072175 * b,
    (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116))
  return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)]
}

/** CIEDE2000 ΔE between two colours: about 2 is just noticeable, 10+ clearly different. */
export function deltaE2000(hexA: string, hexB: string): number {
  const [l1, a1, b1] = lab(hexA)
  const [l2, a2, b2] = lab(hexB)
  const rad = Math.PI / 180
  const c1 = Math.hypot(a1, b1)
  const c2 = Math.hypot(a2, b2)
  const cMean = (c1 + c2) / 2
  const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)))
  const a1p = (1 + g) * a1
  const a2p = (1 + g) * a2
  const c1p = Math.hypot(a1p, b1)
  const c2p = Math.hypot(a2p, b2)
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0
    const h = Math.atan2(b, a) / rad
    return h < 0 ? h + 360 : h
  }
  const h1p = hue(b1, a1p)
  const h2p = hue(b2, a2p)
  const dLp = l2 - l1
  const dCp = c2p - c1p
  let dhp = 0
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p
    if (dhp > 180) dhp -= 360
    else if (dhp < -180) dhp += 360
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp * rad) / 2)
  const lMean = (l1 + l2) / 2
  const cMeanP = (c1p + c2p) / 2
  let hMeanP = h1p + h2p
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hMeanP = (h1p + h2p) / 2
    else hMeanP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
  }
  const t =
    1 -
    0.17 * Math.cos((hMeanP - 30) * rad) +
    0.24 * Math.cos(2 * hMeanP * rad) +
    0.32 * Math.cos((3 * hMeanP + 6) * rad) -
    0.2 * Math.cos((4 * hMeanP - 63) * rad)
  const dTheta = 30 * Math.exp(-(((hMeanP - 275) / 25) ** 2))
  const rc = 2 * Math.sqrt(cMeanP ** 7 / (cMeanP ** 7 + 25 ** 7))
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2)
  const sc = 1 + 0.045 * cMeanP
  const sh = 1 + 0.015 * cMeanP * t
  const rt = -Math.sin(2 * dTheta * rad) * rc
  return Math.sqrt(
    (dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh),
  )
}
