/**
 * tldraw stores hand out changes once per animation frame, and Node has no frames: without
 * this, `store.listen` throws (requestAnimationFrame is not defined). A timer stands in for
 * the frame; the peer calls `_flushHistory()` itself anyway, so nothing waits on it.
 */
export function installNodeAnimationFrames(): void {
  if (typeof globalThis.requestAnimationFrame === 'function') return
  globalThis.requestAnimationFrame = (callback) =>
    setTimeout(() => callback(performance.now()), 16) as unknown as number
  globalThis.cancelAnimationFrame = (handle) => clearTimeout(handle)
}
