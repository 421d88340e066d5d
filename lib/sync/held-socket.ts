// WebSockets whose incoming messages wait for a release: the board page connects before its first frame and takes the board in after it.

/** The WebSocket constructor y-websocket is given (`WebSocketPolyfill`). */
export type SocketClass = typeof WebSocket

/** Sockets that hold what they receive until `release()`, and a way to let it through. */
export interface IncomingHold {
  Socket: SocketClass
  /** Delivers what was held, in the order it came; from now on everything passes at once. */
  release(): void
}

/**
 * A socket class whose sockets hold their `message` and `close` events until `release()`.
 * Opening and errors pass at once, so the provider sends its sync step 1 as soon as the
 * socket opens and the server's answer is on its way while the page is still busy with its
 * first frame; Yjs takes it in when the page says so. A close is held with the messages,
 * as it must come after them.
 */
export function holdIncoming(Base: SocketClass = WebSocket): IncomingHold {
  let held: (() => void)[] | null = []
  const deliver = (event: () => void) => (held ? held.push(event) : event())
  const handlerProperty = (name: 'onmessage' | 'onclose'): PropertyDescriptor => {
    const own = inheritedProperty(Base.prototype, name)
    if (!own?.set || !own.get) throw new Error(`this WebSocket has no ${name} handler property`)
    return {
      get(this: WebSocket) {
        return own.get!.call(this)
      },
      set(this: WebSocket, handler: ((event: Event) => void) | null) {
        own.set!.call(this, handler && ((event: Event) => deliver(() => handler.call(this, event))))
      },
    }
  }
  const Socket = class extends Base {}
  Object.defineProperties(Socket.prototype, {
    onmessage: handlerProperty('onmessage'),
    onclose: handlerProperty('onclose'),
  })
  return {
    Socket,
    release() {
      const events = held ?? []
      held = null
      for (const event of events) event()
    },
  }
}

/** A property's descriptor where `prototype`'s chain defines it (a wrapped WebSocket inherits it). */
function inheritedProperty(prototype: object | null, name: string): PropertyDescriptor | undefined {
  for (let at = prototype; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name)
    if (descriptor) return descriptor
  }
  return undefined
}
