// Builds the Next app before `npm start` when its sources changed since the last build.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * `npm start` runs this first: it builds the Next app when there is no build yet or a
 * source file changed since the last one, so a fresh clone needs one command and a
 * restart does not pay for a rebuild.
 */
const sources = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
]
const buildId = path.resolve('.next/BUILD_ID')

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .reduce(
      (newest, child) => Math.max(newest, newestChange(path.join(entry, child))),
      stat.mtimeMs,
    )
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
const changedAt = Math.max(...sources.map((source) => newestChange(path.resolve(source))))
if (builtAt < changedAt) {
  console.info(
    builtAt
      ? 'Sources changed since the last build: rebuilding…'
      : 'Building the app (first start)…',
  )
  const build = spawnSync(
    process.execPath,
    [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build'],
    {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}
