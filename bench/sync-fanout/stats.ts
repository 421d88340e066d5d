/** The nearest-rank percentile (0–100) of some numbers; NaN when there are none. */
export function percentile(values: readonly number[], rank: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1),
  )
  return sorted[index]!
}

/** The median of some numbers; NaN when there are none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The least-squares slope of y over x. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n
  let covariance = 0
  let variance = 0
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY)
    variance += (point.x - meanX) ** 2
  }
  return covariance / variance
}

/** The smallest, middle and largest of some figures (ratios of rounds, say). */
export interface Spread {
  min: number
  median: number
  max: number
}

/** min / median / max of some numbers (NaN-free); all NaN when there are none. */
export function spread(values: readonly number[]): Spread {
  const finite = values.filter((value) => Number.isFinite(value))
  if (finite.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN }
  return { min: Math.min(...finite), median: median(finite), max: Math.max(...finite) }
}

/**
 * Ours over a peer, round by round (round i of one against round i of the other, measured
 * back to back), as min / median / max: above 1 means ours is slower or costlier.
 */
export function roundRatios(ours: readonly number[], peer: readonly number[]): Spread {
  return spread(ours.map((value, round) => value / peer[round]!))
}

/** The indices 0..length-1, starting at `offset` and wrapping around: who goes first rotates. */
export function rotation(length: number, offset: number): number[] {
  return Array.from({ length }, (_, index) => (index + offset) % length)
}
