import type { BrowserContext, Page } from '@playwright/test'

/** Chromium's cumulative counters of a page's main thread, in ms. */
export interface MainThreadMetrics {
  /** Time spent in tasks (wall clock): stretched when the machine is busy. */
  taskMs: number
  scriptMs: number
  styleMs: number
  layoutMs: number
  /** CPU time of the main thread: what the work costs, however busy the machine. */
  cpuMs: number
}

/** Reads a page's main-thread counters through the DevTools protocol. */
export interface MetricsReader {
  read(): Promise<MainThreadMetrics>
  detach(): Promise<void>
}

const names = {
  taskMs: 'TaskDuration',
  scriptMs: 'ScriptDuration',
  styleMs: 'RecalcStyleDuration',
  layoutMs: 'LayoutDuration',
  cpuMs: 'ThreadTime',
} as const

/**
 * Enables Chromium's Performance domain on the page (counters from the page's renderer
 * main thread, as the Performance panel shows them). Each read is itself a small task on
 * that thread; measurements subtract a baseline read the same way.
 */
export async function readMainThreadMetrics(
  context: BrowserContext,
  page: Page,
): Promise<MetricsReader> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' })
  return {
    read: async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      const read = (name: string) => {
        const metric = metrics.find((candidate) => candidate.name === name)
        if (!metric) throw new Error(`Chromium reports no ${name} metric`)
        return metric.value * 1000
      }
      return {
        taskMs: read(names.taskMs),
        scriptMs: read(names.scriptMs),
        styleMs: read(names.styleMs),
        layoutMs: read(names.layoutMs),
        cpuMs: read(names.cpuMs),
      }
    },
    detach: () => cdp.detach(),
  }
}

/** What the counters grew by between two reads. */
export function metricsDelta(
  before: MainThreadMetrics,
  after: MainThreadMetrics,
): MainThreadMetrics {
  return {
    taskMs: after.taskMs - before.taskMs,
    scriptMs: after.scriptMs - before.scriptMs,
    styleMs: after.styleMs - before.styleMs,
    layoutMs: after.layoutMs - before.layoutMs,
    cpuMs: after.cpuMs - before.cpuMs,
  }
}
