// Opens the database: PostgreSQL when DATABASE_URL is set, else embedded PGlite; runs migrations.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import * as schema from './schema'
import { claimDataFolder } from './data-folder-lock'
import { openSocketFolder } from './socket-folder'
import { errorMessage } from '../error-message'

/** The drizzle handle, the same type whichever driver sits underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export interface DatabaseConnection {
  db: Database
  driver: 'postgres' | 'pglite'
  close(): Promise<void>
}

export interface DatabaseConfig {
  /** PostgreSQL connection URL; when absent, PGlite stores data under `dataDir`. */
  databaseUrl?: string
  dataDir: string
}

/** Where drizzle-kit writes migrations; resolved from the working directory so bundled route code finds it too. */
const migrationsFolder = path.resolve('lib/db/migrations')

/**
 * Opens the database and applies pending migrations before anything else uses it.
 * On PostgreSQL the migration runs under an advisory lock so that several instances
 * starting at once do not race.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseConnection> {
  const connection = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(config.dataDir)
  try {
    await connection.migrate()
  } catch (error) {
    await connection.close()
    throw new Error(`Could not apply database migrations: ${errorMessage(error)}`, { cause: error })
  }
  return { db: connection.db, driver: connection.driver, close: connection.close }
}

interface OpenedDatabase extends DatabaseConnection {
  migrate(): Promise<void>
}

async function openPostgres(databaseUrl: string): Promise<OpenedDatabase> {
  const { default: postgres } = await import('postgres')
  const { drizzle } = await import('drizzle-orm/postgres-js')
  const { migrate } = await import('drizzle-orm/postgres-js/migrator')
  const client = postgres(databaseUrl, { max: 10, onnotice: () => {} })
  const db = drizzle(client, { schema })
  try {
    await db.execute(sql`select 1`)
  } catch (error) {
    await client.end({ timeout: 1 })
    throw new Error(
      `Could not connect to PostgreSQL at ${redactPassword(databaseUrl)}: ${errorMessage(error)}. ` +
        'Check DATABASE_URL, or unset it to use the embedded database.',
      { cause: error },
    )
  }
  return {
    db,
    driver: 'postgres',
    close: () => client.end({ timeout: 5 }),
    migrate: async () => {
      // A dedicated connection holds the session-level lock for the whole migration.
      const lockClient = postgres(databaseUrl, { max: 1, onnotice: () => {} })
      try {
        await lockClient`select pg_advisory_lock(hashtext('cubeboard:migrations'))`
        await migrate(drizzle(lockClient), { migrationsFolder })
      } finally {
        await lockClient.end({ timeout: 5 })
      }
    },
  }
}

/**
 * The embedded database's thread (plain JavaScript, found from the working directory like the
 * migrations, so bundled route code finds it too).
 */
const pgliteThread = path.resolve('lib/db/pglite-thread.mjs')

/**
 * Opens PGlite in a thread of its own and talks to it through postgres.js, as to PostgreSQL:
 * PGlite works synchronously on whatever thread holds it, and on the server's it stalled live
 * sync for seconds while a large board loaded. Its socket lies in a folder only this user can
 * enter, since PGlite asks no password of whoever reaches it.
 */
async function openPglite(dataDir: string): Promise<OpenedDatabase> {
  const { default: postgres } = await import('postgres')
  const { drizzle } = await import('drizzle-orm/postgres-js')
  const { migrate } = await import('drizzle-orm/postgres-js/migrator')
  fs.mkdirSync(dataDir, { recursive: true })
  const releaseLock = claimDataFolder(dataDir)
  const socketFolder = openSocketFolder(dataDir)
  const { socketPath } = socketFolder
  const cleanUp = () => {
    socketFolder.remove()
    releaseLock()
  }
  const thread = new Worker(pgliteThread, {
    workerData: { folder: path.join(dataDir, 'pglite'), socketPath },
  })
  thread.unref()
  try {
    await threadReady(thread)
  } catch (error) {
    await thread.terminate()
    cleanUp()
    throw new Error(`Could not open the embedded database in ${dataDir}: ${errorMessage(error)}`, {
      cause: error,
    })
  }
  thread.on('error', (error) => console.error(`The embedded database stopped: ${error.message}`))
  // One connection: PGlite is one session, and its socket serves one client at a time.
  const client = postgres({
    path: socketPath,
    username: 'postgres',
    database: 'postgres',
    max: 1,
    onnotice: () => {},
  })
  const db = drizzle(client, { schema })
  return {
    db,
    driver: 'pglite',
    close: async () => {
      await client.end({ timeout: 5 })
      await closeThread(thread)
      cleanUp()
    },
    migrate: () => migrate(db, { migrationsFolder }),
  }
}

/** Resolves when the database thread listens, rejects with why it could not start. */
function threadReady(thread: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`its thread stopped (exit code ${code})`))
    thread.once('error', reject)
    thread.once('exit', onExit)
    thread.once('message', (message: { ready?: true; error?: string }) => {
      thread.off('error', reject)
      thread.off('exit', onExit)
      if (message.ready) resolve()
      else reject(new Error(message.error ?? 'its thread did not start'))
    })
  })
}

/** Lets the database thread close PGlite (flushing it to disk), then ends the thread. */
async function closeThread(thread: Worker): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    thread.once('message', () => resolve())
    thread.once('exit', () => resolve())
  })
  thread.postMessage('close')
  await closed
  await thread.terminate()
}

/**
 * Resolves once the database answers a trivial query; rejects with why not, or when it has
 * not answered within `timeoutMs` (a database that is gone may not answer at all).
 */
export async function pingDatabase(db: Database, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const noAnswer = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([db.execute(sql`select 1`), noAnswer])
  } finally {
    clearTimeout(timer)
  }
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
