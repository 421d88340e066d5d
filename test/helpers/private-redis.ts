import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import net from 'node:net'

/** Whether this machine can start a Redis server of its own for a test. */
export const redisServerAvailable = spawnSync('redis-server', ['--version']).status === 0

/**
 * A Redis server of the test's own on a free port, so a test can stop and restart it
 * without touching the machine's Redis.
 */
export class PrivateRedis {
  private process: ChildProcess | null = null

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort())
    await redis.restart()
    return redis
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  /** Starts (again) on the same port. */
  restart(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    this.process = child
    return new Promise((resolve, reject) => {
      let output = ''
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)))
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) {
          child.removeAllListeners('exit')
          resolve()
        }
      })
    })
  }

  stop(): Promise<void> {
    const child = this.process
    this.process = null
    if (!child || child.exitCode !== null) return Promise.resolve()
    return new Promise((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGKILL')
    })
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      )
    })
  })
}
