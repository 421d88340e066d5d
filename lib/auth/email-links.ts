/**
 * Sign-in links of local runs without EMAIL_SERVER: printed in the server log, and kept
 * here so the "check your email" page can show them in development. On globalThis because
 * Next bundles route code apart from the server that prints them.
 */
import 'server-only'

const globalKey = Symbol.for('cubeboard.emailLinks')
type GlobalWithLinks = typeof globalThis & { [globalKey]?: Map<string, string> }

function links(): Map<string, string> {
  const store = globalThis as GlobalWithLinks
  store[globalKey] ??= new Map()
  return store[globalKey]
}

export function keepEmailLink(email: string, url: string): void {
  links().set(email.toLowerCase(), url)
}

/** The last link sent to this address, once: showing it spends it. */
export function takeEmailLink(email: string): string | null {
  const key = email.toLowerCase()
  const url = links().get(key) ?? null
  links().delete(key)
  return url
}
