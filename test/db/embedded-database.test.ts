import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { openDatabase } from '@/lib/db/client'
import { createTestDatabase, temporaryDirectory } from '../helpers/databases'

it("runs the embedded database's work off the event loop", async () => {
  const { dataDir } = await createTestDatabase('pglite')
  const database = await openDatabase({ dataDir })
  try {
    // PGlite works synchronously on the thread holding it: on the server's own, no timer
    // would fire until this query ended.
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    await database.db.execute(sql`select count(*) from generate_series(1, 3000000)`)
    clearInterval(timer)
    expect(ticks).toBeGreaterThanOrEqual(10)
  } finally {
    await database.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

/** Runs `test` with a temporary folder of its own, so no other test's database shows up in it. */
async function withOwnTmpdir(test: (dataDir: string) => Promise<void>): Promise<void> {
  const { dataDir } = await createTestDatabase('pglite')
  const tmpdir = process.env.TMPDIR
  process.env.TMPDIR = temporaryDirectory()
  try {
    await test(dataDir)
  } finally {
    fs.rmSync(os.tmpdir(), { recursive: true, force: true })
    if (tmpdir === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = tmpdir
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

it('keeps its socket in a folder only this user can enter, removed on close', () =>
  withOwnTmpdir(async (dataDir) => {
    const database = await openDatabase({ dataDir })
    const [socketDir, ...others] = fs.readdirSync(os.tmpdir())
    expect(others).toEqual([])
    expect(fs.readdirSync(path.join(os.tmpdir(), socketDir!))).toEqual(['.s.PGSQL.5432'])
    expect(fs.statSync(path.join(os.tmpdir(), socketDir!)).mode & 0o777).toBe(0o700)
    await database.close()
    expect(fs.readdirSync(os.tmpdir())).toEqual([])
  }))

it('removes the socket folder a killed process left behind, and nothing else', () =>
  withOwnTmpdir(async (dataDir) => {
    // What kill -9 leaves: the lock naming a pid that no longer runs, and the socket's folder.
    const first = await openDatabase({ dataDir })
    const [leftBehind] = fs.readdirSync(os.tmpdir())
    const note = fs.readFileSync(path.join(dataDir, 'pglite.socket-folder'), 'utf8')
    await first.close()
    fs.mkdirSync(note, { mode: 0o700 })
    fs.writeFileSync(path.join(note, '.s.PGSQL.5432'), '')
    fs.writeFileSync(path.join(dataDir, 'pglite.socket-folder'), note)
    fs.writeFileSync(path.join(dataDir, 'pglite.lock'), '999999999')
    const second = await openDatabase({ dataDir })
    const [now, ...others] = fs.readdirSync(os.tmpdir())
    expect(others).toEqual([])
    expect(now).not.toBe(leftBehind)
    await second.close()

    // A note naming any other folder removes nothing.
    const elsewhere = temporaryDirectory()
    fs.writeFileSync(path.join(dataDir, 'pglite.socket-folder'), elsewhere)
    await (await openDatabase({ dataDir })).close()
    expect(fs.existsSync(elsewhere)).toBe(true)
    fs.rmSync(elsewhere, { recursive: true })
  }))

it("a test database's drop removes the socket folder its killed server left behind", async () => {
  const database = await createTestDatabase('pglite')
  const leftBehind = fs.mkdtempSync(path.join(os.tmpdir(), 'cubeboard-db-'))
  fs.writeFileSync(path.join(database.dataDir, 'pglite.socket-folder'), leftBehind)
  await database.drop()
  expect(fs.existsSync(leftBehind)).toBe(false)
  expect(fs.existsSync(database.dataDir)).toBe(false)
})
