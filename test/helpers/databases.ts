import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import postgres from 'postgres'

/** Where a test server keeps its data: a fresh PGlite folder or a fresh PostgreSQL database. */
export interface TestDatabase {
  kind: 'pglite' | 'postgres'
  dataDir: string
  databaseUrl?: string
  drop(): Promise<void>
}

/** The real PostgreSQL for tests; CI sets it, a machine without PostgreSQL leaves it unset. */
export const testPostgresUrl = process.env.TEST_DATABASE_URL

export function temporaryDirectory(prefix = 'cubeboard-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A fresh, empty database of the given kind, removed again by `drop`. */
export async function createTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
  const dataDir = temporaryDirectory()
  const removeDir = () => fs.promises.rm(dataDir, { recursive: true, force: true })
  if (kind === 'pglite') return { kind, dataDir, drop: removeDir }
  if (!testPostgresUrl) throw new Error('TEST_DATABASE_URL is not set')
  const name = `cubeboard_test_${crypto.randomBytes(6).toString('hex')}`
  const admin = postgres(testPostgresUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  await admin.end()
  const url = new URL(testPostgresUrl)
  url.pathname = `/${name}`
  return {
    kind,
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      const cleanup = postgres(testPostgresUrl, { max: 1, onnotice: () => {} })
      await cleanup.unsafe(`drop database if exists ${name} with (force)`)
      await cleanup.end()
      await removeDir()
    },
  }
}
