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
