// The checks every HTTP request passes on the real server, sent as raw requests: security headers, CSRF, addresses, body caps, rate limits.
import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { defaultRateLimits, RateLimiter, type RateLimitName } from '@/server/http/rate-limits'
import { PrivateRedis, redisServerAvailable } from '../helpers/private-redis'
import { startTestServer, type TestServer } from '../helpers/server'

interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One request exactly as given (no header added but Host), and its answer. */
function send(
  server: { port: number },
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, method, path, headers, agent: false },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: text }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

const errorOf = (answer: RawAnswer) => (JSON.parse(answer.body) as { error: string }).error

let server: TestServer
let host: string
const sessionCookie = 'next-auth.session-token=a-session'

beforeAll(async () => {
  server = await startTestServer()
  host = `127.0.0.1:${server.port}`
})
afterAll(() => server.stop())

describe('security headers', () => {
  it('are on every answer: pages, the sync endpoint over plain HTTP, refusals', async () => {
    const answers = [
      await send(server, 'GET', '/'),
      await send(server, 'GET', '/sync/someboard'),
      await send(server, 'POST', '/api/boards', { 'sec-fetch-site': 'cross-site' }),
    ]
    for (const answer of answers) {
      const policy = String(answer.headers['content-security-policy'])
      expect(policy).toContain("default-src 'self'")
      expect(policy).toContain("frame-ancestors 'none'")
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'/)
      expect(policy).not.toContain('unsafe-eval')
      expect(answer.headers['x-frame-options']).toBe('DENY')
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(answer.headers['referrer-policy']).toBe('same-origin')
    }
  })

  it('give every answer its own script nonce', async () => {
    const nonceOf = (answer: RawAnswer) =>
      /'nonce-([^']+)'/.exec(String(answer.headers['content-security-policy']))![1]
    const [first, second] = [await send(server, 'GET', '/'), await send(server, 'GET', '/')]
    expect(nonceOf(first)).not.toBe(nonceOf(second))
  })
})

describe('changes from another site (CSRF)', () => {
  const textPost = { 'content-type': 'text/plain', cookie: sessionCookie }

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'refuse a %s that the browser says comes from another site, or from another port of this host',
    async (method) => {
      for (const site of ['cross-site', 'same-site']) {
        const answer = await send(
          server,
          method,
          '/api/boards',
          { ...textPost, 'sec-fetch-site': site },
          '{"title":"x"}',
        )
        expect(answer.status).toBe(403)
        expect(errorOf(answer)).toContain(`Sec-Fetch-Site: ${site}`)
      }
    },
  )

  it('refuse a POST whose Origin is another port, another host or null, when Sec-Fetch-Site is missing', async () => {
    for (const origin of [`http://127.0.0.1:${server.port + 1}`, 'http://evil.example', 'null']) {
      const answer = await send(server, 'POST', '/api/keys', { ...textPost, origin }, '{}')
      expect(answer.status).toBe(403)
      expect(errorOf(answer)).toContain(`from ${origin} refused`)
    }
  })

  it('refuse server actions and next-auth posts from another site as well', async () => {
    const action = await send(server, 'POST', '/b/someboard/share', {
      'next-action': 'abc',
      'sec-fetch-site': 'same-site',
    })
    const signOut = await send(server, 'POST', '/api/auth/signout', {
      origin: 'http://evil.example',
    })
    expect([action.status, signOut.status]).toEqual([403, 403])
  })

  it('let through changes from pages of this app, scripts that send no Origin, and reads from anywhere', async () => {
    const passed = [
      await send(server, 'POST', '/api/boards', { 'sec-fetch-site': 'same-origin' }),
      await send(server, 'POST', '/api/boards', { origin: `http://${host}` }),
      await send(server, 'POST', '/api/boards', { authorization: 'Bearer cbk_x' }),
      await send(server, 'GET', '/api/boards', { 'sec-fetch-site': 'cross-site' }),
    ]
    // This server runs without the Next app: what passes the checks reaches its 404.
    expect(passed.map((answer) => answer.status)).toEqual([404, 404, 404, 404])
  })
})

describe('addresses', () => {
  it.each([
    ['a NUL in a path', '/api/boards/%00/model'],
    ['CR/LF in a query', '/signin?callbackUrl=%2F%0D%0ASet-Cookie:x=y'],
    ['a tab that the browser would drop', '/signin?callbackUrl=%2F%09%2Fevil.example'],
  ])('refuse %s with a 400 that says why', async (_what, path) => {
    const answer = await send(server, 'GET', path)
    expect(answer.status).toBe(400)
    expect(errorOf(answer)).toContain('control character')
  })

  it('refuse percent-encoding that is not UTF-8 text with a 400', async () => {
    const answer = await send(server, 'GET', '/join/%E0%A4%A')
    expect(answer.status).toBe(400)
    expect(errorOf(answer)).toContain('not UTF-8 text')
  })
})

describe('request bodies', () => {
  it('refuse a declared body over the largest cap before reading any of it', async () => {
    // Only the headers are sent: the answer must come without the 200 MB.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1')
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
      socket.write(
        `POST /api/auth/callback/local HTTP/1.1\r\nHost: ${host}\r\n` +
          'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 209715200\r\n\r\n',
      )
    })
    expect(answer).toMatch(/^HTTP\/1\.1 413/)
    expect(answer).toContain('over the limit of 16 MiB')
  })
})

describe('rate limits per client address', () => {
  const limited: [RateLimitName, string, string][] = [
    ['sign-in', 'POST', '/api/auth/callback/local'],
    ['guest-join', 'POST', '/api/auth/callback/guest'],
    ['invite', 'GET', '/join/cbi_guessed-secret'],
    ['room-token', 'POST', '/api/boards/someboard/token'],
  ]

  it.each(limited)(
    '%s: past the limit a 429 says when to retry, with Retry-After',
    async (name, method, path) => {
      const { points, seconds } = defaultRateLimits[name]
      for (let count = 0; count < points; count++) {
        expect((await send(server, method, path)).status).toBe(404)
      }
      const refused = await send(server, method, path)
      expect(refused.status).toBe(429)
      const retryAfter = Number(refused.headers['retry-after'])
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(seconds)
      expect(errorOf(refused)).toContain(`at most ${points} in ${seconds} s`)
      expect(errorOf(refused)).toContain(`try again in ${retryAfter} s`)
    },
  )

  it('count the guest joins apart from other sign-ins, and other routes not at all', async () => {
    // sign-in and guest-join are used up above; the board list is limited by nothing.
    for (let count = 0; count < 50; count++) {
      expect((await send(server, 'GET', '/api/boards')).status).toBe(404)
    }
  })
})

describe.skipIf(!redisServerAvailable)('rate limits across instances (Redis)', () => {
  let redis: PrivateRedis
  let instances: TestServer[]

  beforeAll(async () => {
    redis = await PrivateRedis.start()
    instances = [
      await startTestServer({ redisUrl: redis.url }),
      await startTestServer({ redisUrl: redis.url }),
    ]
  }, 180_000)
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await redis.stop()
  })

  it('are counted in Redis from the first request once an instance has started', async () => {
    const limiter = new RateLimiter(defaultRateLimits, { redisUrl: redis.url })
    const client = new Redis(redis.url)
    try {
      await limiter.connected(5_000)
      await limiter.take('sign-in', '192.0.2.7')
      expect(await client.get('cubeboard:rate:sign-in:192.0.2.7')).toBe('1')
    } finally {
      limiter.close()
      client.disconnect()
    }
  })

  it('are counted for the cluster: requests spread over two instances share one limit', async () => {
    const { points } = defaultRateLimits['guest-join']
    for (let count = 0; count < points; count++) {
      const answer = await send(instances[count % 2]!, 'POST', '/api/auth/callback/guest')
      expect(answer.status).toBe(404)
    }
    const refused = [
      await send(instances[0]!, 'POST', '/api/auth/callback/guest'),
      await send(instances[1]!, 'POST', '/api/auth/callback/guest'),
    ]
    expect(refused.map((answer) => answer.status)).toEqual([429, 429])
  })
})
