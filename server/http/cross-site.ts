// The CSRF rule: a request that changes something must come from a page of this app, as the browser says.
import type { IncomingHttpHeaders } from 'node:http'

/** Methods that only read; everything else changes something (server actions are POSTs). */
const readingMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Why a request is refused as cross-site, or null when it may go on.
 *
 * Browsers say where a request comes from: `Sec-Fetch-Site` (every current browser; set by
 * the browser, which pages cannot forge) is trusted first, and only `same-origin` (or
 * `none`, a person's own navigation) passes. `same-site` is refused too: another port of
 * the same host is another origin. Without it, `Origin` must name this app (the Host the
 * request was sent to, or `appOrigin`, the configured address). A request with neither
 * comes from no browser page (a script with an API key, curl) and may go on: a page cannot
 * make a browser leave both out.
 */
export function crossSiteRefusal(
  method: string,
  headers: IncomingHttpHeaders,
  appOrigin?: string,
): string | null {
  if (readingMethods.has(method.toUpperCase())) return null
  const site = headers['sec-fetch-site']
  if (site !== undefined) {
    if (site === 'same-origin' || site === 'none') return null
    return `${method} from another site (Sec-Fetch-Site: ${site}) refused: changes are made only from pages of this app`
  }
  const origin = headers.origin
  if (origin === undefined) return null
  if (isOwnOrigin(origin, headers.host, appOrigin)) return null
  return `${method} from ${origin} refused: changes are made only from pages of this app`
}

function isOwnOrigin(origin: string, host: string | undefined, appOrigin?: string): boolean {
  if (appOrigin !== undefined && origin.toLowerCase() === appOrigin.toLowerCase()) return true
  try {
    const url = new URL(origin)
    return url.origin !== 'null' && host !== undefined && url.host === host.toLowerCase()
  } catch {
    return false
  }
}
