// What every HTTP request passes before the app sees it: security headers on its answer, a readable address, no change from another site, no oversized body, the rate limits.
import type http from 'node:http'
import { bodyCaps, sizeInWords } from '@/lib/http/request-body'
import { crossSiteRefusal } from './cross-site'
import { rateLimitOf, type RateLimiter } from './rate-limits'
import { newNonce, securityHeaders } from './security-headers'

export interface RequestGuardOptions {
  /** Next in development mode: its React build needs eval. */
  development: boolean
  /** The address people open (NEXTAUTH_URL), as an origin: pages there may post here. */
  appOrigin?: string
  /** Take the client address from the last `X-Forwarded-For` entry (set by your proxy). */
  trustProxy?: boolean
  rateLimiter: RateLimiter
}

/** No route reads more than this; a request that declares a longer body is refused unread. */
export const largestBody = Math.max(...Object.values(bodyCaps))

/**
 * A check run on every HTTP request before it is handed on: it sets the security headers
 * (and gives Next the page's script nonce through the request's policy header), then
 * answers and returns false for a request that must go no further: 400 for an address with
 * control characters or broken percent-encoding, 403 for a change from another site, 413
 * for a declared body over `largestBody` (each route caps its own further), 429 with
 * `Retry-After` past a rate limit.
 */
export function requestGuard(options: RequestGuardOptions) {
  return async function guard(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<boolean> {
    const headers = securityHeaders(newNonce(), options.development)
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    // Next puts the nonce of the policy it finds on the request onto the scripts it writes.
    request.headers['content-security-policy'] = headers['content-security-policy']

    const method = request.method ?? 'GET'
    const target = request.url ?? '/'
    const addressProblem = addressRefusal(target)
    if (addressProblem) return refuse(response, 400, addressProblem)
    const crossSite = crossSiteRefusal(method, request.headers, options.appOrigin)
    if (crossSite) return refuse(response, 403, crossSite)
    if (Number(request.headers['content-length'] ?? 0) > largestBody) {
      response.setHeader('connection', 'close')
      return refuse(
        response,
        413,
        `the request body is over the limit of ${sizeInWords(largestBody)}, more than any route takes`,
      )
    }
    // The path as the router reads it: dot segments resolved, percent-encoding decoded.
    const pathname = decodeURIComponent(new URL(`http://any${target}`).pathname)
    const limit = rateLimitOf(method, pathname)
    if (limit) {
      const limited = await options.rateLimiter.take(limit, clientAddress(request, options))
      if (limited) {
        response.setHeader('retry-after', String(limited.retryAfterSeconds))
        return refuse(response, 429, limited.words)
      }
    }
    return true
  }
}

/**
 * Why an address is refused: percent-encoding that decodes to no text, or control
 * characters (NUL, tab, CR, LF …) once decoded. No page or route takes them, and a
 * database refuses NUL in a query with an error rather than an answer.
 */
function addressRefusal(target: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(target)
  } catch {
    return 'the address holds percent-encoding that is not UTF-8 text'
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) {
    return 'the address holds a control character (such as %00, %09 or %0A), which no page or route takes'
  }
  return null
}

/** Who sent a request, as far as this server can tell: the peer, or what the trusted proxy says. */
function clientAddress(request: http.IncomingMessage, options: RequestGuardOptions): string {
  const forwarded = request.headers['x-forwarded-for']
  if (options.trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim()
    if (last) return last
  }
  const peer = request.socket.remoteAddress ?? 'unknown'
  return peer.startsWith('::ffff:') ? peer.slice('::ffff:'.length) : peer
}

function refuse(response: http.ServerResponse, status: number, error: string): false {
  response.statusCode = status
  response.setHeader('content-type', 'application/json')
  response.end(JSON.stringify({ error }))
  return false
}
