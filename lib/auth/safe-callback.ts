// Where someone may be sent after signing in: a path on this site, read the way a browser reads it.

/** Any origin will do for reading a path: only what it resolves to on the same origin is kept. */
const anyOrigin = 'http://cubeboard.invalid'

/** Why a callbackUrl is refused: the words a 400 answer and the sign-in page use. */
export const unsafeCallbackWords =
  'callbackUrl must be a path on this site (like /b/<board id>), without control characters or backslashes'

/**
 * Whether an address holds what a browser reads differently from the text: control
 * characters (tab, CR and LF are dropped, others stripped at the ends) or backslashes
 * (read as slashes). Such a callbackUrl is refused with a 400, never followed.
 */
export function isMisleadingAddress(value: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f\\]/.test(value)
}

/**
 * The path on this site that `value` leads to, or null when it leads elsewhere.
 *
 * A browser's URL parser removes tab, CR and LF anywhere in an address, strips control
 * characters and spaces at its ends and reads a backslash as a slash, so `/<tab>/evil.example`
 * opens evil.example although it starts with one slash. Such values are refused outright;
 * what is left is resolved as a URL against `origin` (absolute URLs on it are accepted:
 * next-auth's client sends the page's own address), and only its path, query and fragment
 * are returned, serialised by the URL parser, so the answer is read the same by everyone.
 */
export function sameSitePath(value: unknown, origin = anyOrigin): string | null {
  if (typeof value !== 'string' || value.length > 2000 || isMisleadingAddress(value)) return null
  const address = value.replace(/^ +| +$/g, '')
  if (!address.startsWith('/') && !address.toLowerCase().startsWith(origin.toLowerCase() + '/')) {
    return null
  }
  let url: URL
  try {
    url = new URL(address, origin)
  } catch {
    return null
  }
  if (url.origin !== new URL(origin).origin) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as another host.
  return path.startsWith('//') ? null : path
}

/** The path to go to after signing in: `value` when it is a path on this site, else home. */
export function safeCallbackPath(value: unknown): string {
  return sameSitePath(value) ?? '/'
}
