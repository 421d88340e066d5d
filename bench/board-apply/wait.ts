/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Polls until `check` holds or the time is up; resolves whether it held, so that a slow
 * machine shows up as a shortfall in the report rather than a failed run.
 */
export async function waitUntil(
  check: () => boolean,
  timeoutMs: number,
  pollMs = 10,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  while (!check()) {
    if (performance.now() > deadline) return false
    await sleep(pollMs)
  }
  return true
}
