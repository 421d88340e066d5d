/** Median and spread of one measurement's repeats. */
export interface Spread {
  /** How many repeats gave a figure (incomplete ones give none). */
  n: number
  median: number
  min: number
  max: number
}

/** Median, min and max of the finite figures; NaN everywhere when there are none. */
export function spreadOf(values: readonly number[]): Spread {
  const finite = values.filter((value) => Number.isFinite(value))
  if (finite.length === 0) return { n: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN }
  return {
    n: finite.length,
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
  }
}

/** The median of some numbers (Infinity counts as the slowest); NaN when there are none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
