// The security headers every response carries: a Content-Security-Policy that fits the app, no framing, no sniffing, no referrer to other sites.
import crypto from 'node:crypto'

/** A fresh nonce for the inline scripts of one page (Next puts it on its own scripts). */
export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64')
}

/**
 * The Content-Security-Policy of a response. Everything the app loads is its own (tldraw's
 * fonts, icons and translations are served from `/tldraw-assets`, the sync socket is on the
 * same host: `'self'` covers ws: and wss: there). Scripts: the app's files and the inline
 * scripts Next writes into each page with `nonce`. Styles may be inline: React and tldraw
 * set style attributes on every shape. Images and fonts may be `data:` and `blob:` (tldraw
 * draws exports and pasted images from them). No page may frame the app.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its call stacks; production does not.
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "media-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The headers every response carries, by name (lower case). */
export function securityHeaders(nonce: string, development: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(nonce, development),
    // For browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // Board ids and invite secrets are in addresses: other sites get no referrer at all.
    'referrer-policy': 'same-origin',
  }
}
