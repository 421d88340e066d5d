// Cold loads: a board's whole stored history read into a fresh room, from connect to synced.
import { docLayout } from '@/lib/sync/record-layout'
import { compactionDelayMs } from '@/server/sync/storage/compaction-scheduler'
import { historyShapes } from './board-setup'
import { connectSynced, disconnectClients } from './clients'
import type { BenchServer } from './servers'
import { median, rotation, roundRatios, type Spread } from './stats'

/** Boards prepared for the cold-load measurement, none of them loaded yet. */
export interface ColdLoadBoards {
  /** Boards whose log holds the whole edit history, one row per update. */
  logged: readonly string[]
  /** The same history folded into a snapshot (for Hocuspocus: its one stored state row). */
  compacted: readonly string[]
  /** One board of each kind the server has, loaded first: the process itself is cold then. */
  firstAfterStart: { log?: string; snapshot?: string }
}

/** A server, running from before the phase, with the boards it loads. */
export interface ColdLoadTarget {
  server: BenchServer
  boards: ColdLoadBoards
}

/** One board's cold load. */
export interface ColdLoad {
  kind: 'log' | 'snapshot'
  /** The first load of its kind after the server started; left out of the medians. */
  firstAfterStart: boolean
  /** The round it was measured in (every server loads one board of each kind per round). */
  round: number
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
 * Our server folds a long log into a snapshot soon after loading it and when the board
 * closes: a load's figures wait for that work (and a little for it to start), so it is
 * counted with the load that caused it, not with the next one.
 */
const compactionSettleMs = compactionDelayMs + 500

/**
 * Loads each prepared board once, every server running from the start: first one of each
 * kind per server (paying for its cold process), then rounds in which each server loads one
 * board of each kind, the server going first rotating from round to round and log and
 * snapshot swapping places, every server idle before each load.
 */
export async function measureColdLoad(
  targets: readonly ColdLoadTarget[],
  progress: (line: string) => void,
): Promise<ColdLoadFigures[]> {
  const loads = targets.map((): ColdLoad[] => [])
  const servers = targets.map(({ server }) => server)
  for (const [index, { server, boards }] of targets.entries()) {
    for (const kind of ['log', 'snapshot'] as const) {
      const boardId = boards.firstAfterStart[kind]
      if (boardId) loads[index]!.push(await loadOnce(servers, server, boardId, kind, -1))
    }
  }
  const rounds = Math.max(
    ...targets.map(({ boards }) => Math.max(boards.logged.length, boards.compacted.length)),
  )
  for (let round = 0; round < rounds; round++) {
    for (const index of rotation(targets.length, round)) {
      const { server, boards } = targets[index]!
      const pair = [
        { kind: 'log' as const, boardId: boards.logged[round] },
        { kind: 'snapshot' as const, boardId: boards.compacted[round] },
      ]
      if (round % 2 === 1) pair.reverse()
      for (const { kind, boardId } of pair) {
        if (boardId) loads[index]!.push(await loadOnce(servers, server, boardId, kind, round))
      }
    }
  }
  return targets.map(({ server }, index) => {
    const syncOf = (kind: ColdLoad['kind']) => measuredSyncMs(loads[index]!, kind)
    const figures = {
      server: server.label,
      loads: loads[index]!,
      medianLogMs: median(syncOf('log')),
      medianSnapshotMs: median(syncOf('snapshot')),
    }
    progress(
      `cold load ${server.label}: log ${figures.medianLogMs.toFixed(0)} ms, ` +
        `snapshot ${figures.medianSnapshotMs.toFixed(0)} ms`,
    )
    return figures
  })
}

/**
 * A server's loads of one kind over a peer's snapshot loads, round by round (the peer's
 * only stored form is its one state row).
 */
export function coldLoadRatios(
  ours: ColdLoadFigures,
  peer: ColdLoadFigures,
  kind: ColdLoad['kind'],
): Spread {
  const peerByRound = byRound(peer.loads, 'snapshot')
  const oursByRound = byRound(ours.loads, kind)
  const rounds = [...oursByRound.keys()].filter((round) => peerByRound.has(round))
  return roundRatios(
    rounds.map((round) => oursByRound.get(round)!),
    rounds.map((round) => peerByRound.get(round)!),
  )
}

function measuredSyncMs(loads: readonly ColdLoad[], kind: ColdLoad['kind']): number[] {
  return [...byRound(loads, kind).values()]
}

/** The measured loads of a kind (not the first after start), sync time by round. */
function byRound(loads: readonly ColdLoad[], kind: ColdLoad['kind']): Map<number, number> {
  return new Map(
    loads
      .filter((load) => load.kind === kind && !load.firstAfterStart)
      .map((load) => [load.round, load.syncMs]),
  )
}

async function loadOnce(
  servers: readonly BenchServer[],
  server: BenchServer,
  boardId: string,
  kind: ColdLoad['kind'],
  /** -1: the first load of its kind after the server started. */
  round: number,
): Promise<ColdLoad> {
  await Promise.all(servers.map((each) => each.waitUntilIdle(15_000)))
  await server.eventLoopDelay()
  const cpuBefore = server.cpuMs()
  const startedAt = performance.now()
  const client = await connectSynced(server, boardId)
  const syncMs = performance.now() - startedAt
  const complete = client.doc.getMap(docLayout.records).size >= historyShapes
  disconnectClients([client])
  // A long log is compacted in the background after it loads, and the board as it closes.
  await new Promise((resolve) => setTimeout(resolve, compactionSettleMs))
  await server.waitUntilIdle(15_000)
  return {
    kind,
    firstAfterStart: round < 0,
    round,
    syncMs,
    serverCpuMs: server.cpuMs() - cpuBefore,
    serverStallMs: (await server.eventLoopDelay()).maxMs,
    complete,
  }
}
