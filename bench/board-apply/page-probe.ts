import type { Page } from '@playwright/test'

/*
 * What runs inside the board page. Every function handed to the browser is serialized on
 * its own, so none of them may use anything from this module but types.
 */

/**
 * The page's timeline of one open, in ms since it started: navigation start (the page's
 * time origin) for an open in a new tab, the click for one from the board list.
 */
export interface OpenTimes {
  /** The board page's HTML has arrived (NaN from the board list: no new document). */
  htmlMs: number
  /** The animation frame in which every shape was in the DOM, none of them hidden (culled). */
  allShapesMs: number
  /** The first task after that frame rendered: the frame is painted on the main thread. */
  paintedMs: number
  /** The sync WebSocket is created. */
  socketMs: number
  /**
   * The largest message before the board was editable: the first sync's reply, the whole doc
   * when the page brought no state of the board, else what changed since the page's render.
   */
  docMs: number
  docBytes: number
  /** The animation frame in which the board was synced with the server: editing is open. */
  editableMs: number
}

/** An open that did not show every shape in time. */
export interface IncompleteOpen {
  incomplete: true
  shapesSeen: number
}

/** When a watched remote change reached the page, in the page's ms (performance.now()). */
export interface ApplyTimes {
  armedAt: number
  /** The first WebSocket message after arming: the change arriving (null: none came). */
  firstMessageAt: number | null
  messages: number
  /** Every watched shape's transform had changed in the DOM. */
  appliedAt: number | null
  /** The first task after the frame that showed them. */
  paintedAt: number | null
}

interface Watch {
  times: ApplyTimes
  observer: MutationObserver
}

interface PageProbe {
  /** When the open started, in the page's ms: 0 (navigation) or the click on the board's link. */
  startedAt: number
  recording: boolean
  messages: { at: number; bytes: number }[]
  socketCreatedAt: number | null
  shapesSeen: number
  opened: Promise<OpenTimes>
  watch: Watch | null
}

type ProbeWindow = Window & { __boardApply: PageProbe }

/**
 * The script to add to a page before it loads. tsx compiles this module with esbuild's
 * keepNames, which wraps named functions in `__name(…)`: the page needs that helper too.
 */
export function probeInitScript(expectedShapes: number): string {
  return (
    'globalThis.__name ??= (target) => target;\n' +
    `(${installProbe.toString()})(${JSON.stringify(expectedShapes)})`
  )
}

/** Resolves with the open's timeline, or how far it got when the time is up. */
export function waitForOpen(page: Page, timeoutMs: number): Promise<OpenTimes | IncompleteOpen> {
  return page.evaluate((timeoutMs) => {
    const probe = (window as unknown as ProbeWindow).__boardApply
    const timeout = new Promise<IncompleteOpen>((resolve) =>
      setTimeout(() => resolve({ incomplete: true, shapesSeen: probe.shapesSeen }), timeoutMs),
    )
    return Promise.race([probe.opened, timeout])
  }, timeoutMs)
}

/**
 * Makes the next click on the page the start of the open: the board list's link, which
 * opens the board by client-side navigation in the same document.
 */
export async function startOpenAtClick(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__boardApply
    const onClick = () => (probe.startedAt = performance.now())
    document.addEventListener('click', onClick, { capture: true, once: true })
  })
}

/**
 * Starts watching the given shapes' DOM transforms and recording WebSocket messages; a
 * MutationObserver notes when all of them changed, then waits for the frame to paint.
 */
export async function armWatch(page: Page, shapeIds: readonly string[]): Promise<void> {
  await page.evaluate((shapeIds) => {
    const probe = (window as unknown as ProbeWindow).__boardApply
    probe.watch?.observer.disconnect()
    const elements = shapeIds.map((id) => {
      const element = document.querySelector<HTMLElement>(`.tl-shape[data-shape-id="${id}"]`)
      if (!element) throw new Error(`shape ${id} is not in the DOM`)
      return element
    })
    const before = elements.map((element) => element.style.transform)
    const times: ApplyTimes = {
      armedAt: performance.now(),
      firstMessageAt: null,
      messages: 0,
      appliedAt: null,
      paintedAt: null,
    }
    const observer = new MutationObserver(() => {
      const allMoved = elements.every((element, index) => element.style.transform !== before[index])
      if (!allMoved) return
      times.appliedAt = performance.now()
      observer.disconnect()
      // rAF callbacks run before the frame renders; the next task runs after it.
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => (times.paintedAt = performance.now())
        channel.port2.postMessage(null)
      })
    })
    for (const element of elements) {
      observer.observe(element, { attributes: true, attributeFilter: ['style'] })
    }
    probe.messages = []
    probe.recording = true
    probe.watch = { times, observer }
  }, shapeIds)
}

/** Stops the watch and returns what it saw. */
export function collectWatch(page: Page): Promise<ApplyTimes> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__boardApply
    const watch = probe.watch
    if (!watch) throw new Error('no watch armed')
    watch.observer.disconnect()
    probe.watch = null
    probe.recording = false
    return {
      ...watch.times,
      firstMessageAt: probe.messages[0]?.at ?? null,
      messages: probe.messages.length,
    }
  })
}

/**
 * Runs in the page before any of its scripts: once a frame it counts the shapes shown, then
 * notes the paint, then waits for the board to be synced (`data-synced` on the board).
 */
function installProbe(expectedShapes: number): void {
  let resolveOpened: (times: OpenTimes) => void = () => {}
  const probe: PageProbe = {
    startedAt: 0,
    recording: true,
    messages: [],
    socketCreatedAt: null,
    shapesSeen: 0,
    opened: new Promise((resolve) => (resolveOpened = resolve)),
    watch: null,
  }
  ;(window as unknown as ProbeWindow).__boardApply = probe

  // Stamps each message before the provider's own onmessage handler sees it.
  const NativeWebSocket = window.WebSocket
  window.WebSocket = class ProbedWebSocket extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols)
      probe.socketCreatedAt ??= performance.now()
      this.addEventListener('message', (event: MessageEvent) => {
        if (!probe.recording) return
        const data: unknown = event.data
        const bytes =
          data instanceof ArrayBuffer ? data.byteLength : data instanceof Blob ? data.size : 0
        probe.messages.push({ at: performance.now(), bytes })
      })
    }
  }

  // Once a frame: tldraw keeps every shape of the page in the DOM and hides culled ones.
  let painted: { allShapesMs: number; paintedMs: number } | null = null
  const checkFrame = () => {
    if (painted) return void checkEditable(painted)
    const shapes = document.querySelectorAll<HTMLElement>('.tl-shape:not(.tl-shape-background)')
    let shown = 0
    for (const shape of shapes) if (shape.style.display !== 'none') shown++
    probe.shapesSeen = shown
    if (shown < expectedShapes) return void requestAnimationFrame(checkFrame)
    const allShapesMs = performance.now()
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      painted = { allShapesMs, paintedMs: performance.now() }
      requestAnimationFrame(checkFrame)
    }
    channel.port2.postMessage(null)
  }
  const checkEditable = (shown: { allShapesMs: number; paintedMs: number }) => {
    if (!document.querySelector('.board-screen[data-synced="true"]')) {
      return void requestAnimationFrame(checkFrame)
    }
    const editableMs = performance.now()
    probe.recording = false
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined
    const doc = probe.messages.reduce(
      (largest, message) => (message.bytes > largest.bytes ? message : largest),
      { at: Number.NaN, bytes: 0 },
    )
    const since = (at: number) => at - probe.startedAt
    resolveOpened({
      htmlMs: probe.startedAt === 0 ? (navigation?.responseEnd ?? Number.NaN) : Number.NaN,
      allShapesMs: since(shown.allShapesMs),
      paintedMs: since(shown.paintedMs),
      socketMs: since(probe.socketCreatedAt ?? Number.NaN),
      docMs: since(doc.at),
      docBytes: doc.bytes,
      editableMs: since(editableMs),
    })
  }
  requestAnimationFrame(checkFrame)
}
