// Relays board messages between instances through Redis pub/sub, one channel per board.
import crypto from 'node:crypto'
import { Redis } from 'ioredis'
import { decodeRelayMessage, encodeRelayMessage, type RelayMessage } from './relay-message'

/** How a relay hands a board's messages from other instances to this one. */
export type RelayListener = (message: RelayMessage) => void

/**
 * Relays board messages between instances through Redis pub/sub: one channel per board,
 * subscribed only while this instance has the board open. Publishing while Redis is away
 * fails fast (no queue of stale messages); when the subscriber is back, `onReconnect`
 * lets the rooms resync by state vector.
 */
export class RedisRelay {
  /** This instance, as other instances see it. */
  readonly instanceId = crypto.randomUUID()
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly listeners = new Map<string, RelayListener>()
  private readonly reconnectListeners = new Set<() => void>()
  /** Set when either connection dropped; cleared (and rooms resynced) once both are back. */
  private inOutage = false

  constructor(
    redisUrl: string,
    private readonly log: Pick<Console, 'warn'> = console,
  ) {
    const options = { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: false }
    this.publisher = new Redis(redisUrl, options)
    // The subscriber queues its (re)subscriptions until Redis answers.
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null })
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.log.warn(`redis relay: ${error.message}`))
      client.on('close', () => {
        this.inOutage = true
      })
      client.on('ready', () => this.resyncIfBack())
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) =>
      this.deliver(channel.toString(), payload),
    )
  }

  /** Starts listening to a board; resolves once subscribed, so nothing published after is missed. */
  async join(boardId: string, listener: RelayListener): Promise<void> {
    this.listeners.set(channelOf(boardId), listener)
    await this.subscriber.subscribe(channelOf(boardId))
  }

  async leave(boardId: string): Promise<void> {
    this.listeners.delete(channelOf(boardId))
    await this.subscriber.unsubscribe(channelOf(boardId)).catch(() => {})
  }

  /** Publishes to the other instances; a message lost while Redis is away is made up by resync. */
  publish(boardId: string, message: RelayMessage): void {
    this.publisher
      .publish(channelOf(boardId), Buffer.from(encodeRelayMessage(message)))
      .catch(() => {})
  }

  /** Called after the subscriber connection came back (subscriptions are already restored). */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener)
    return () => this.reconnectListeners.delete(listener)
  }

  async close(): Promise<void> {
    this.publisher.disconnect()
    this.subscriber.disconnect()
  }

  private resyncIfBack(): void {
    if (!this.inOutage) return
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') return
    this.inOutage = false
    // The subscriber re-subscribes as it comes back; give that a moment before asking.
    setTimeout(() => {
      for (const listener of this.reconnectListeners) listener()
    }, 100).unref()
  }

  private deliver(channel: string, payload: Buffer): void {
    const listener = this.listeners.get(channel)
    if (!listener) return
    let message: RelayMessage
    try {
      message = decodeRelayMessage(payload)
    } catch {
      this.log.warn(`redis relay: dropped a malformed message on ${channel}`)
      return
    }
    if (message.sender === this.instanceId) return
    if (message.kind === 'sync-reply' && message.target !== this.instanceId) return
    listener(message)
  }
}

function channelOf(boardId: string): string {
  return `cubeboard:board:${boardId}`
}
