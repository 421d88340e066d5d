// Rate limits per client address on what repetition could abuse: signing in, joining as a guest, opening invite links, minting room tokens.
import { Redis } from 'ioredis'
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

/** One limit: at most `points` requests per `seconds` from one client address. */
export interface RateLimit {
  points: number
  seconds: number
  /** What is counted, in a refusal: "too many sign-in attempts …". */
  words: string
}

/** The limits and their defaults (README, "Security and limits"). */
export const defaultRateLimits = {
  /** Local, email and OpenID sign-ins (posting the form, following a link, the provider's return). */
  'sign-in': { points: 20, seconds: 60, words: 'sign-in attempts' },
  /** Guests made from an invite link: a room of 30 behind one address joins within a minute. */
  'guest-join': { points: 30, seconds: 60, words: 'guest joins' },
  /** Invite links opened or redeemed: each one looks a secret up. */
  invite: { points: 60, seconds: 60, words: 'invite links opened' },
  /** Room tokens minted by `POST /api/boards/<id>/token` (a board asks for one every ~15 minutes). */
  'room-token': { points: 120, seconds: 60, words: 'room tokens' },
} as const satisfies Record<string, RateLimit>

export type RateLimitName = keyof typeof defaultRateLimits

/** Every limit's numbers. */
export type RateLimits = Record<RateLimitName, RateLimit>

/**
 * The limits with the changes of `CUBEBOARD_RATE_LIMITS` (`guest-join=100/60,invite=200/60`:
 * requests per seconds); an unknown name or a zero stops the server with the reason.
 */
export function rateLimitsFrom(changes: string | undefined): RateLimits {
  const limits: RateLimits = { ...defaultRateLimits }
  for (const change of changes ? changes.split(',') : []) {
    const [name, points, seconds] = change.split(/[=/]/)
    if (!name || !(name in limits)) {
      throw new Error(
        `CUBEBOARD_RATE_LIMITS: there is no limit "${name}"; the limits are ${Object.keys(limits).join(', ')}`,
      )
    }
    if (!Number(points) || !Number(seconds)) {
      throw new Error(
        `CUBEBOARD_RATE_LIMITS: ${change} must allow at least 1 request in 1 s or more`,
      )
    }
    const limit = name as RateLimitName
    limits[limit] = { ...limits[limit], points: Number(points), seconds: Number(seconds) }
  }
  return limits
}

/** Which limit a request counts against, if any. */
export function rateLimitOf(method: string, pathname: string): RateLimitName | null {
  if (pathname === '/api/auth/callback/guest') return 'guest-join'
  if (pathname.startsWith('/api/auth/callback/')) return 'sign-in'
  if (method === 'POST' && pathname.startsWith('/api/auth/signin/')) return 'sign-in'
  if (pathname.startsWith('/join/')) return 'invite'
  if (method === 'POST' && /^\/api\/boards\/[^/]+\/token$/.test(pathname)) return 'room-token'
  return null
}

/** A request over its limit: why, and when the address may try again. */
export interface RateLimited {
  words: string
  retryAfterSeconds: number
}

/**
 * Counts requests per limit and client address with rate-limiter-flexible: in memory on
 * one instance, in Redis when instances share one (`redisUrl`), so the count is the
 * cluster's; while Redis is away each instance counts in memory on its own.
 */
export class RateLimiter {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>
  private readonly redis: Redis | null

  constructor(
    private readonly limits: RateLimits = defaultRateLimits,
    options: { redisUrl?: string; log?: Pick<Console, 'warn'> } = {},
  ) {
    const log = options.log ?? console
    this.redis = options.redisUrl
      ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0 })
      : null
    this.redis?.on('error', (error: Error) => log.warn(`rate limits: redis: ${error.message}`))
    const redis = this.redis
    const limiterOf = ({ points, seconds }: RateLimit, name: string): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ points, duration: seconds, keyPrefix: name })
      if (!redis) return memory
      return new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `cubeboard:rate:${name}`,
        points,
        duration: seconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    }
    this.limiters = Object.fromEntries(
      Object.entries(limits).map(([name, limit]) => [name, limiterOf(limit, name)]),
    ) as Record<RateLimitName, RateLimiterAbstract>
  }

  /** Counts one request of `address` against `limit`; what to answer when it is over. */
  async take(limit: RateLimitName, address: string): Promise<RateLimited | null> {
    try {
      await this.limiters[limit].consume(address)
      return null
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome
      const retryAfterSeconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000))
      const { points, seconds, words } = this.limits[limit]
      return {
        words: `too many ${words} from your address (at most ${points} in ${seconds} s); try again in ${retryAfterSeconds} s`,
        retryAfterSeconds,
      }
    }
  }

  /**
   * Resolves once the cluster's count in Redis is reachable, or after `timeoutMs` (Redis
   * away: the instance counts on its own meanwhile); at once without Redis. Until then every
   * request would be counted in this instance's memory only.
   */
  async connected(timeoutMs: number): Promise<void> {
    const redis = this.redis
    if (!redis || redis.status === 'ready') return
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        redis.off('ready', done)
        resolve()
      }
      const timer = setTimeout(done, timeoutMs)
      redis.once('ready', done)
    })
  }

  close(): void {
    this.redis?.disconnect()
  }
}
