import type { ApplySample } from './apply-time'
import type { OpenRoute, OpenSample } from './open-time'
import type { OpenTimes } from './page-probe'
import type { BenchPlan } from './plan'
import { median, spreadOf, type Spread } from './stats'

/** Opens of one board: medians over the measured (not warm-up) opens. */
export interface OpenSummary {
  shapes: number
  route: OpenRoute
  /** Start of the open to the painted frame with every shape: the headline. */
  paintedMs: Spread
  /** Start of the open to the board synced with the server, open for editing. */
  editableMs: Spread
  /** The milestones of the open, each a median in ms since navigation start. */
  milestones: Record<Exclude<keyof OpenTimes, 'docBytes'>, number>
  docBytes: number
  mainThreadTaskMs: Spread
  mainThreadCpuMs: Spread
  /** The warm-up open: the first of this board by this route. */
  warmupPaintedMs: number
  /** Measured opens that showed every shape, of those tried. */
  complete: number
  tried: number
}

/** One batch size on one board: net of the board's idle windows. */
export interface ApplySummary {
  shapes: number
  /** 0: the idle windows themselves (raw figures, the baseline). */
  moved: number
  taskMs: Spread
  scriptMs: Spread
  styleLayoutMs: Spread
  cpuMs: Spread
  messageToPaintedMs: Spread
  messageToAppliedMs: Spread
  complete: number
  tried: number
}

/** Whether the bar holds, judged on the median open (printed, never failed on). */
export interface BarVerdict {
  shapes: number
  route: OpenRoute
  underMs: number
  medianMs: number
  met: boolean
  opensUnder: number
  opens: number
}

/** Medians and spreads of one board's measured opens by one route. */
export function summarizeOpens(
  shapes: number,
  route: OpenRoute,
  samples: readonly OpenSample[],
): OpenSummary {
  const measured = samples.filter((sample) => !sample.warmup && sample.route === route)
  const times = measured.flatMap((sample) => (sample.times ? [sample.times] : []))
  const medianOf = (pick: (times: OpenTimes) => number) => spreadOf(times.map(pick)).median
  return {
    shapes,
    route,
    paintedMs: spreadOf(times.map((time) => time.paintedMs)),
    editableMs: spreadOf(times.map((time) => time.editableMs)),
    milestones: {
      htmlMs: medianOf((time) => time.htmlMs),
      allShapesMs: medianOf((time) => time.allShapesMs),
      paintedMs: medianOf((time) => time.paintedMs),
      socketMs: medianOf((time) => time.socketMs),
      docMs: medianOf((time) => time.docMs),
      editableMs: medianOf((time) => time.editableMs),
    },
    docBytes: medianOf((time) => time.docBytes),
    mainThreadTaskMs: spreadOf(measured.map((sample) => sample.mainThread.taskMs)),
    mainThreadCpuMs: spreadOf(measured.map((sample) => sample.mainThread.cpuMs)),
    warmupPaintedMs:
      samples.find((sample) => sample.warmup && sample.route === route)?.times?.paintedMs ??
      Number.NaN,
    complete: times.length,
    tried: measured.length,
  }
}

/**
 * Per batch size: the main-thread figures of each measured window minus the median of the
 * board's idle windows, and the latency from the change's message to its painted frame.
 */
export function summarizeApplies(shapes: number, samples: readonly ApplySample[]): ApplySummary[] {
  const measured = samples.filter((sample) => !sample.warmup)
  const idle = measured.filter((sample) => sample.moved === 0)
  const baseline = (pick: (sample: ApplySample) => number) => spreadOf(idle.map(pick)).median
  const sizes = [...new Set(measured.map((sample) => sample.moved))].sort((a, b) => a - b)
  return sizes.map((moved) => {
    const windows = measured.filter((sample) => sample.moved === moved)
    const net = (pick: (sample: ApplySample) => number) =>
      spreadOf(windows.map((sample) => pick(sample) - (moved === 0 ? 0 : baseline(pick))))
    const latency = (pick: (sample: ApplySample) => number | null) =>
      spreadOf(windows.map((sample) => pick(sample) ?? Number.NaN))
    return {
      shapes,
      moved,
      taskMs: net((sample) => sample.mainThread.taskMs),
      scriptMs: net((sample) => sample.mainThread.scriptMs),
      styleLayoutMs: net((sample) => sample.mainThread.styleMs + sample.mainThread.layoutMs),
      cpuMs: net((sample) => sample.mainThread.cpuMs),
      messageToPaintedMs: latency((sample) => sample.messageToPaintedMs),
      messageToAppliedMs: latency((sample) => sample.messageToAppliedMs),
      complete: windows.filter((sample) => sample.complete).length,
      tried: windows.length,
    }
  })
}

/** The bar, judged by each route on the median of the measured opens of that board. */
export function judgeBar(
  plan: BenchPlan,
  boards: readonly { shapes: number; opens: readonly OpenSample[] }[],
  routes: readonly OpenRoute[],
): BarVerdict[] {
  const board = boards.find((candidate) => candidate.shapes === plan.bar.shapes)
  if (!board) return []
  return routes.map((route) => {
    const painted = board.opens
      .filter((sample) => !sample.warmup && sample.route === route)
      .map((sample) => sample.times?.paintedMs ?? Number.POSITIVE_INFINITY)
    // An open that never showed every shape counts as the slowest, not as missing.
    const medianMs = median(painted)
    return {
      ...plan.bar,
      route,
      medianMs,
      met: medianMs < plan.bar.underMs,
      opensUnder: painted.filter((ms) => ms < plan.bar.underMs).length,
      opens: painted.length,
    }
  })
}
