import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import postgres from 'postgres'
import { removeLeftBehindSocketFolder } from '@/lib/db/socket-folder'

/** Where a test server keeps its data: a fresh PGlite folder or a fresh PostgreSQL database. */
export interface TestDatabase {
  kind: 'pglite' | 'postgres'
  dataDir: string
  databaseUrl?: string
  drop(): Promise<void>
}

/** The real PostgreSQL for tests; CI sets it, a machine without PostgreSQL leaves it unset. */
export const testPostgresUrl = process.env.TEST_DATABASE_URL

/**
 * An embedded database created and migrated once for the whole run (test/global-setup.ts):
 * each test's fresh PGlite folder starts as a copy of it, since creating one (initdb and the
 * migrations) takes seconds and the suite makes dozens.
 */
export const pgliteTemplateVariable = 'CUBEBOARD_TEST_PGLITE_TEMPLATE'

export function temporaryDirectory(prefix = 'cubeboard-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A fresh, empty database of the given kind, removed again by `drop`. */
export async function createTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
  const dataDir = temporaryDirectory()
  const removeDir = () => {
    // A server killed on purpose leaves its embedded database's socket folder behind.
    removeLeftBehindSocketFolder(dataDir)
    return fs.promises.rm(dataDir, { recursive: true, force: true })
  }
  if (kind === 'pglite') {
    const template = process.env[pgliteTemplateVariable]
    if (template) fs.cpSync(template, path.join(dataDir, 'pglite'), { recursive: true })
    return { kind, dataDir, drop: removeDir }
  }
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
