// A TCP proxy a test can cut: the server talks to PostgreSQL through it, and the test takes the database away.
import net from 'node:net'

/**
 * Forwards connections on a local port to `target`. `cut` drops every connection and
 * refuses new ones, as a stopped database; `stall` keeps every connection open but
 * forwards nothing, as a database host that stopped answering; `restore` forwards again
 * on the same port. The shared PostgreSQL itself is never touched.
 */
export class TcpProxy {
  private server: net.Server | null = null
  private readonly sockets = new Set<net.Socket>()
  private stalled = false
  port = 0

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target)
    await proxy.restore()
    return proxy
  }

  /** The URL `url` would be, going through this proxy. */
  route(url: string): string {
    const routed = new URL(url)
    routed.hostname = '127.0.0.1'
    routed.port = String(this.port)
    return routed.toString()
  }

  async restore(): Promise<void> {
    if (this.stalled) {
      // What hung stays dead, as after a real outage; new connections go through.
      this.stalled = false
      this.dropConnections()
      return
    }
    if (this.server) return
    const server = net.createServer((client) => this.accept(client))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.address() as net.AddressInfo).port
    this.server = server
  }

  async cut(): Promise<void> {
    const server = this.server
    this.server = null
    this.stalled = false
    this.dropConnections()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }

  stall(): void {
    this.stalled = true
    for (const socket of this.sockets) {
      socket.unpipe()
      socket.pause()
    }
  }

  private accept(client: net.Socket): void {
    this.track(client)
    client.on('error', () => client.destroy())
    if (this.stalled) return void client.pause()
    const upstream = net.connect(this.target.port, this.target.host)
    this.track(upstream)
    for (const socket of [client, upstream]) {
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private dropConnections(): void {
    for (const socket of this.sockets) socket.destroy()
  }
}
