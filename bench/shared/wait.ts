/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Polls until `check` holds or the time is up; resolves whether it held. A bench reports a
 * shortfall (e.g. fewer deliveries) instead of failing on a timing.
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
