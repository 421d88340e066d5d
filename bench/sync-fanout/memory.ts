// Memory per idle open board: the heap after a forced GC as boards open, and after they close.
import { connectClients, disconnectClients, type BenchClient } from './clients'
import type { BenchServer } from './servers'
import { slope } from './stats'
import { sleep } from '../shared/wait'

/** A server's memory at one moment, after a forced GC. */
export interface MemorySample {
  boards: number
  rssBytes: number
  /** V8 heap in use: tells retained-by-the-allocator RSS apart from live objects. */
  heapUsedBytes: number
  externalBytes: number
}

/** Memory of one server while idle boards open, and after they close again. */
export interface IdleBoardMemory {
  server: string
  /** One sample per count of open boards (one idle stock client each). */
  samples: MemorySample[]
  /** Least-squares slope of RSS over open boards. */
  rssBytesPerBoard: number
  /** The same for the V8 heap in use. */
  heapBytesPerBoard: number
  /** After warm-up, before the measured boards open. */
  baseline: MemorySample
  /** Once every client has closed and the server has had time to unload the rooms. */
  afterClose: MemorySample
}

/**
 * Opens the boards with one idle stock client each, sampling the server's memory (after a
 * forced GC) at each step, then closes them all. The warm-up boards are opened and closed
 * first, so that code loading and first-use caches stay out of the slope.
 */
export async function measureIdleBoardMemory(
  server: BenchServer,
  options: { boardIds: readonly string[]; warmupBoardIds: readonly string[]; steps: number },
  progress: (line: string) => void,
): Promise<IdleBoardMemory> {
  disconnectClients(await connectClients(server, options.warmupBoardIds))
  await sleep(1000)
  const samples = [await sample(server, 0)]
  const open: BenchClient[] = []
  const stepSize = options.boardIds.length / options.steps
  try {
    for (let step = 1; step <= options.steps; step++) {
      const next = options.boardIds.slice(open.length, Math.round(step * stepSize))
      open.push(...(await connectClients(server, next)))
      samples.push(await sample(server, open.length))
    }
  } finally {
    disconnectClients(open)
  }
  // Rooms unload once their last client is gone and their log is written; give it a moment.
  await sleep(3000)
  const figures: IdleBoardMemory = {
    server: server.label,
    samples,
    rssBytesPerBoard: slope(samples.map((s) => ({ x: s.boards, y: s.rssBytes }))),
    heapBytesPerBoard: slope(samples.map((s) => ({ x: s.boards, y: s.heapUsedBytes }))),
    baseline: samples[0]!,
    afterClose: await sample(server, 0),
  }
  progress(
    `memory ${server.label}: ${(figures.heapBytesPerBoard / 1024).toFixed(1)} KiB heap per idle board`,
  )
  return figures
}

async function sample(server: BenchServer, boards: number): Promise<MemorySample> {
  await server.waitUntilIdle(5000)
  const heap = await server.collectGarbage()
  await sleep(200)
  return {
    boards,
    rssBytes: server.rssBytes(),
    heapUsedBytes: heap.heapUsed,
    externalBytes: heap.external,
  }
}
