import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { sleep } from '../shared/wait'

/** Cubeboard as `npm start` runs it, on a private port and data folder. */
export interface AppServer {
  baseUrl: string
  syncUrl: string
  /** From spawning `npm start` to a healthy server, build included when one ran. */
  startupMs: number
  /** Whether `npm start` had to build the Next app first. */
  built: boolean
  /** Stops the whole process group and removes the data folder. */
  stop(): Promise<void>
}

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Starts `npm start` in its own process group (npm, the shell and tsx each fork), with a
 * fresh embedded database, and resolves once `/api/health` answers 200.
 */
export async function startAppServer(options: {
  preferredPort: number
  timeoutMs: number
}): Promise<AppServer> {
  const port = await freePortFrom(options.preferredPort)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cubeboard-board-apply-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CUBEBOARD_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
    // A developer's own database, secret or Redis cluster must not reach the bench's server
    // (spawn leaves out variables set to undefined).
    DATABASE_URL: undefined,
    AUTH_SECRET: undefined,
    REDIS_URL: undefined,
  }
  const startedAt = performance.now()
  const child = spawn('npm', ['start'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const group = child.pid!
  const killGroup = () => signalGroup(group, 'SIGKILL')
  process.on('exit', killGroup)
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const stop = async () => {
    process.off('exit', killGroup)
    // SIGTERM lets the server write pending updates; a stuck one is killed after 10 s.
    signalGroup(group, 'SIGTERM')
    if (!(await groupGone(group, 10_000))) {
      killGroup()
      await groupGone(group, 5_000)
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(child, baseUrl, () => output, options.timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    baseUrl,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    startupMs: performance.now() - startedAt,
    built: /Building the app|rebuilding/.test(output),
    stop,
  }
}

async function waitForHealth(
  child: ChildProcess,
  baseUrl: string,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}):\n${output()}`)
    }
    if (output().includes('Cubeboard is running at')) {
      const health = await fetch(`${baseUrl}/api/health`).catch(() => null)
      if (health?.status === 200) return
    }
    await sleep(200)
  }
  throw new Error(`npm start was not healthy after ${timeoutMs / 1000} s:\n${output()}`)
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal)
  } catch {
    // The group is gone already.
  }
}

/** Waits until no process of the group is left; resolves whether that happened in time. */
async function groupGone(group: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    try {
      process.kill(-group, 0)
    } catch {
      return true
    }
    await sleep(100)
  }
  return false
}

/** The first port from `preferred` on that nobody listens on. */
async function freePortFrom(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await isFree(port)) return port
  }
  throw new Error(`no free port in ${preferred}–${preferred + 99}`)
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}
