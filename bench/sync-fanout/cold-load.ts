// Cold loads: a board's whole stored history read into a fresh room, from connect to synced.
import { docLayout } from '@/lib/sync/record-layout'
import { historyShapes } from './board-setup'
import { connectSynced, disconnectClients } from './clients'
import type { BenchServer } from './servers'
import { median } from './stats'

/** Boards prepared for the cold-load measurement, none of them loaded yet. */
export interface ColdLoadBoards {
  /** Boards whose log holds the whole edit history, one row per update. */
  logged: readonly string[]
  /** The same history folded into a snapshot (for Hocuspocus: its one stored state row). */
  compacted: readonly string[]
  /** One board of each kind the server has, loaded first: the process itself is cold then. */
  firstAfterStart: { log?: string; snapshot?: string }
}

/** One board's cold load. */
export interface ColdLoad {
  kind: 'log' | 'snapshot'
  /** The first load of its kind after the server started; left out of the medians. */
  firstAfterStart: boolean
  /** From a stock client's connect to its `sync` event. */
  syncMs: number
  /** Server CPU from the connect until the server went idle again (includes any compaction). */
  serverCpuMs: number
  /** The longest the server's event loop was blocked meanwhile: every other board waited as long. */
  serverStallMs: number
  /** Whether the client's doc held every shape of the history after `sync`. */
  complete: boolean
}

export interface ColdLoadFigures {
  server: string
  loads: ColdLoad[]
  medianLogMs: number
  medianSnapshotMs: number
}

/**
 * Loads each prepared board once into a freshly started server: first one of each kind
 * (paying for the cold process), then log and snapshot boards in alternating order, the
 * server idle before each load.
 */
export async function measureColdLoad(
  server: BenchServer,
  boards: ColdLoadBoards,
  progress: (line: string) => void,
): Promise<ColdLoadFigures> {
  const loads: ColdLoad[] = []
  for (const kind of ['log', 'snapshot'] as const) {
    const boardId = boards.firstAfterStart[kind]
    if (boardId) loads.push(await loadOnce(server, boardId, kind, true))
  }
  for (let index = 0; index < Math.max(boards.logged.length, boards.compacted.length); index++) {
    const pair = [
      { kind: 'log' as const, boardId: boards.logged[index] },
      { kind: 'snapshot' as const, boardId: boards.compacted[index] },
    ]
    if (index % 2 === 1) pair.reverse()
    for (const { kind, boardId } of pair) {
      if (boardId) loads.push(await loadOnce(server, boardId, kind, false))
    }
  }
  const syncOf = (kind: ColdLoad['kind']) =>
    loads.filter((load) => load.kind === kind && !load.firstAfterStart).map((load) => load.syncMs)
  const figures = {
    server: server.label,
    loads,
    medianLogMs: median(syncOf('log')),
    medianSnapshotMs: median(syncOf('snapshot')),
  }
  progress(
    `cold load ${server.label}: log ${figures.medianLogMs.toFixed(0)} ms, ` +
      `snapshot ${figures.medianSnapshotMs.toFixed(0)} ms`,
  )
  return figures
}

async function loadOnce(
  server: BenchServer,
  boardId: string,
  kind: ColdLoad['kind'],
  firstAfterStart: boolean,
): Promise<ColdLoad> {
  await server.waitUntilIdle(15_000)
  await server.eventLoopDelay()
  const cpuBefore = server.cpuMs()
  const startedAt = performance.now()
  const client = await connectSynced(server, boardId)
  const syncMs = performance.now() - startedAt
  const complete = client.doc.getMap(docLayout.records).size >= historyShapes
  disconnectClients([client])
  // A long log is compacted in the background after it loads; count that work too.
  await server.waitUntilIdle(15_000)
  return {
    kind,
    firstAfterStart,
    syncMs,
    serverCpuMs: server.cpuMs() - cpuBefore,
    serverStallMs: (await server.eventLoopDelay()).maxMs,
    complete,
  }
}
