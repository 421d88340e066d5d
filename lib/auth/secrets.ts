// Random ids and secrets for links and API keys, and how they are kept (as hashes).
import crypto from 'node:crypto'

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A random id of lower-case letters and digits: unguessable, URL-safe, easy to read out. */
export function randomId(length = 16): string {
  return Array.from({ length }, () => alphabet[crypto.randomInt(alphabet.length)]).join('')
}

/** A secret for a link or an API key: 32 random bytes, URL-safe, with a prefix saying what it is. */
export function newSecret(prefix: string): string {
  return `${prefix}${crypto.randomBytes(32).toString('base64url')}`
}

/**
 * What the database keeps of a secret. SHA-256 is enough here: the secrets are 256 random
 * bits, so there is nothing to guess, and lookups by hash stay one index probe.
 */
export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex')
}
