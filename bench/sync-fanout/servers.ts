import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { TestDatabase } from '@/test/helpers/databases'
import { testAuthSecret, tokenFor } from '@/test/helpers/server'
import { sleep } from '../shared/wait'

/** Where stock clients connect, and how they get in. */
export interface SyncEndpoint {
  label: string
  syncUrl: string
  /** What clients speak to it: the y-websocket protocol, or Hocuspocus's own. */
  protocol: 'y-websocket' | 'hocuspocus'
  /** The room token a client passes; the reference server and Hocuspocus ignore it. */
  tokenFor(boardId: string): Promise<string>
}

/** A server under test, running in its own process so that its RSS and CPU are its own. */
export interface BenchServer extends SyncEndpoint {
  pid: number
  /** Resident set size of the server process, from /proc. */
  rssBytes(): number
  /** CPU time (user + system) the server process has used so far. */
  cpuMs(): number
  /** Runs a full garbage collection in the server (so samples are less noisy), then reads its heap. */
  collectGarbage(): Promise<HeapFigures>
  /** How long the server's event loop was held up since the previous call (or its start). */
  eventLoopDelay(): Promise<EventLoopDelay>
  /** Resolves once the server has used < 5% CPU over a quarter second, or after the timeout. */
  waitUntilIdle(timeoutMs?: number): Promise<boolean>
  stop(): Promise<void>
}

/** V8's view of a server's memory right after a full GC. */
export interface HeapFigures {
  /** Live JavaScript objects. */
  heapUsed: number
  /** Memory outside the JS heap that objects hold: buffers, WebAssembly memory (PGlite). */
  external: number
}

/** Event-loop delay of a server over a period: while it lasts, no message is relayed. */
export interface EventLoopDelay {
  p99Ms: number
  maxMs: number
}

const root = path.resolve(import.meta.dirname, '../..')
/** What `npm start` runs: the Next app and the sync endpoint in one process. */
const ourEntry = path.join(root, 'server/main.ts')
const referenceEntry = path.join(root, 'node_modules/@y/websocket-server/src/server.js')
const hocuspocusEntry = path.join(import.meta.dirname, 'hocuspocus-server.ts')

/**
 * Loaded into both servers alike (plain JS, no loader needed): answers the bench over the
 * IPC channel with heap figures after a full GC, and with the event-loop delay since the
 * previous question, which shows how long the server could not relay anything.
 */
const probeHook =
  'data:text/javascript,' +
  encodeURIComponent(`
    import { monitorEventLoopDelay } from 'node:perf_hooks'
    const loop = monitorEventLoopDelay({ resolution: 5 })
    loop.enable()
    process.on('message', (message) => {
      if (message === 'gc') {
        globalThis.gc()
        const { heapUsed, external } = process.memoryUsage()
        process.send({ reply: 'gc', heapUsed, external })
      } else if (message === 'loop') {
        process.send({ reply: 'loop', p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 })
        loop.reset()
      }
    })
  `)

/** BENCH_CPU_PROF=<folder>: our server writes a CPU profile there (node --cpu-prof) as it stops. */
const cpuProfileDir = process.env.BENCH_CPU_PROF
const clockTicksPerSecond = readClockTicks()
const running = new Set<ChildProcess>()
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')))

/**
 * Our server as `npm start` runs it (server/main.ts in production mode, the Next app
 * included, its build made first if stale), against the given database. Node runs the entry
 * itself (tsx as a loader, as the tsx command does), so the pid is the server's.
 */
export async function startOurServer(
  label: string,
  database: TestDatabase,
  /** With a Redis URL, the instance relays through it (several instances, one board). */
  redisUrl = '',
): Promise<BenchServer> {
  buildIfStale()
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`] : []),
      '--import',
      'tsx',
      '--import',
      path.join(root, 'server/outside-next.mjs'),
      '--import',
      probeHook,
      ourEntry,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.databaseUrl ?? '',
        CUBEBOARD_DATA_DIR: database.dataDir,
        AUTH_SECRET: testAuthSecret,
        REDIS_URL: redisUrl,
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  )
  await waitForPort(child, /Cubeboard is running at/)
  return benchServer(
    label,
    child,
    {
      syncUrl: `ws://127.0.0.1:${port}/sync`,
      protocol: 'y-websocket',
      tokenFor: (boardId) => tokenFor(boardId, 'editor'),
    },
    Boolean(cpuProfileDir),
  )
}

/**
 * Hocuspocus 3.4.4 persisting to PostgreSQL (see hocuspocus-server.ts), in its own process.
 * Its documents live in their own table of the given database.
 */
export async function startHocuspocusServer(
  label: string,
  database: TestDatabase,
): Promise<BenchServer> {
  if (!database.databaseUrl) throw new Error('Hocuspocus persists to PostgreSQL only')
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', probeHook, hocuspocusEntry],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', DATABASE_URL: database.databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  )
  const port = await waitForPort(child, /listening (\d+)/)
  return benchServer(label, child, {
    syncUrl: `ws://127.0.0.1:${port}`,
    protocol: 'hocuspocus',
    tokenFor: () => Promise.resolve('bench'),
  })
}

let built = false
/** Builds the Next app if its sources changed, as `npm start` does, once per bench run. */
function buildIfStale(): void {
  if (built) return
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/build-if-stale.ts')], {
    cwd: root,
    stdio: 'inherit',
  })
  built = true
}

/**
 * The stock `@y/websocket-server` as its bin runs it. Without YPERSISTENCE it keeps docs in
 * memory only (y-leveldb is imported but never opened), and it never unloads a doc.
 */
export async function startReferenceServer(label: string): Promise<BenchServer> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) }
  delete env.YPERSISTENCE
  delete env.CALLBACK_URL
  const child = spawn(process.execPath, ['--expose-gc', '--import', probeHook, referenceEntry], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  await waitForPort(child, /running at/)
  return benchServer(label, child, {
    syncUrl: `ws://127.0.0.1:${port}`,
    protocol: 'y-websocket',
    tokenFor: () => Promise.resolve(''),
  })
}

function benchServer(
  label: string,
  child: ChildProcess,
  endpoint: Omit<SyncEndpoint, 'label'>,
  /** Writes a CPU profile as it exits: it gets a SIGTERM and time to stop by itself. */
  profiled = false,
): BenchServer {
  const pid = child.pid!
  const cpuMs = () => readCpuMs(pid)
  return {
    label,
    ...endpoint,
    pid,
    rssBytes: () => readRssBytes(pid),
    cpuMs,
    collectGarbage: async () => {
      const { heapUsed, external } = await ask<HeapFigures>(child, 'gc')
      return { heapUsed, external }
    },
    eventLoopDelay: async () => {
      const { p99Ms, maxMs } = await ask<EventLoopDelay>(child, 'loop')
      return { p99Ms, maxMs }
    },
    waitUntilIdle: async (timeoutMs = 10_000) => {
      const windowMs = 250
      const deadline = performance.now() + timeoutMs
      let before = cpuMs()
      while (performance.now() < deadline) {
        await sleep(windowMs)
        const after = cpuMs()
        if (after - before < windowMs * 0.05) return true
        before = after
      }
      return false
    },
    stop: () =>
      new Promise((resolve) => {
        running.delete(child)
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        if (!profiled) return void child.kill('SIGKILL')
        // A CPU profile is written as the process exits: let it stop by itself first. With
        // 1,000 rooms open, storing and compacting each of them takes longer than a few seconds.
        child.kill('SIGTERM')
        const stubborn = setTimeout(() => child.kill('SIGKILL'), 120_000)
        child.once('exit', () => clearTimeout(stubborn))
      }),
  }
}

/** Resolves with the port once the child prints its ready line. */
function waitForPort(child: ChildProcess, ready: RegExp): Promise<number> {
  running.add(child)
  return new Promise((resolve, reject) => {
    let output = ''
    const exited = (code: number | null) =>
      reject(new Error(`server exited with ${code}: ${output}`))
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = ready.exec(output)
      if (!match) return
      // Only these two listeners go: removing every 'exit' listener at each later line (as
      // this did) dropped the one `stop` waits on when the stopping server printed a line.
      child.off('exit', exited)
      child.stdout!.off('data', read)
      // Read on, so that a server printing a lot never blocks on a full pipe.
      child.stdout!.resume()
      resolve(Number(match[1] ?? 0))
    }
    child.once('exit', exited)
    child.stdout!.on('data', read)
  })
}

/** A port nobody listens on right now: the reference server cannot report one it picked. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function readRssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmRSS:\s+(\d+) kB/.exec(status)
  return match ? Number(match[1]) * 1024 : Number.NaN
}

function readCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name may hold spaces; fields are counted from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1000) / clockTicksPerSecond
}

function readClockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
}

/** Sends a question to the probe hook and resolves with its reply. */
function ask<Reply>(child: ChildProcess, question: 'gc' | 'loop'): Promise<Reply> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null) return
      if (!('reply' in message) || message.reply !== question) return
      child.off('message', onMessage)
      resolve(message as Reply)
    }
    child.on('message', onMessage)
    child.send(question)
  })
}
