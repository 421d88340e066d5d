// How the versions page groups a board's versions: named ones alone, automatic ones folded.

/**
 * The list (newest first) in runs: each named version alone, automatic versions next to
 * each other together, so a long run of sessions folds into one entry between named ones.
 */
export function foldedRuns<T extends { automatic: boolean }>(versions: readonly T[]): T[][] {
  const runs: T[][] = []
  for (const version of versions) {
    const last = runs[runs.length - 1]
    if (version.automatic && last?.[0]!.automatic) last.push(version)
    else runs.push([version])
  }
  return runs
}
