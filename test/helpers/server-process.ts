import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { testAuthSecret } from './server'
import type { TestDatabase } from './databases'

export interface ServerProcess {
  port: number
  syncUrl: string
  child: ChildProcess
  /** SIGKILL: no shutdown hook runs, nothing pending is flushed. */
  kill(): Promise<void>
}

const fixture = path.resolve(import.meta.dirname, '../fixtures/server-process.ts')
const outsideNext = path.resolve(import.meta.dirname, '../../server/outside-next.mjs')

/** Starts the real server in its own process against the given database (and Redis relay). */
export function startServerProcess(
  database: TestDatabase,
  { port = 0, redisUrl = '' }: { port?: number; redisUrl?: string } = {},
): Promise<ServerProcess> {
  // Node itself with tsx's loader, resolving 'server-only' as npm start does: a `tsx` wrapper process would survive its child's SIGKILL... and vice versa.
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', outsideNext, fixture], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: database.databaseUrl ?? '',
      CUBEBOARD_DATA_DIR: database.dataDir,
      AUTH_SECRET: testAuthSecret,
      REDIS_URL: redisUrl,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}: ${output}`)))
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening (\d+)/.exec(output)
      if (!match) return
      const listeningPort = Number(match[1])
      child.removeAllListeners('exit')
      resolve({
        port: listeningPort,
        syncUrl: `ws://127.0.0.1:${listeningPort}/sync`,
        child,
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGKILL')
          }),
      })
    })
  })
}
