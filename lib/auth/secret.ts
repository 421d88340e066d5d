// The key that signs room tokens and sessions: AUTH_SECRET, or one generated into the data folder.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The key that signs room tokens. `AUTH_SECRET` wins; without it (local runs) a random key
 * is generated once and kept in the data folder, so tokens survive restarts and nothing
 * secret is ever committed. Several instances behind a load balancer must share AUTH_SECRET.
 */
export function loadSigningSecret(options: { authSecret?: string; dataDir: string }): Uint8Array {
  if (options.authSecret) return new TextEncoder().encode(options.authSecret)
  const file = path.join(options.dataDir, 'secret.key')
  fs.mkdirSync(options.dataDir, { recursive: true })
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
  }
  const stored = fs.readFileSync(file, 'utf8').trim()
  if (stored.length < 32) {
    throw new Error(`${file} holds no usable secret; delete it to generate a new one`)
  }
  return new TextEncoder().encode(stored)
}
