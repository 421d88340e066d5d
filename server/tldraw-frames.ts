// Animation frames for tldraw's store in Node, where the server builds and migrates boards with it.

// tldraw's store batches its change notifications per animation frame; Node has no frames,
// so the server gives it the next turn of the event loop instead.
globalThis.requestAnimationFrame ??= (callback) =>
  setImmediate(() => callback(performance.now())) as unknown as number
globalThis.cancelAnimationFrame ??= (handle) =>
  clearImmediate(handle as unknown as NodeJS.Immediate)
