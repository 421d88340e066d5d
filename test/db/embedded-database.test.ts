import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { openDatabase } from '@/lib/db/client'
import { temporaryDirectory } from '../helpers/databases'

it("runs the embedded database's work off the event loop", async () => {
  const dataDir = temporaryDirectory()
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

it('keeps its socket in a folder only this user can enter, removed on close', async () => {
  const dataDir = temporaryDirectory()
  // A temporary folder of this test's own, so no other test's database shows up in it.
  const tmpdir = process.env.TMPDIR
  process.env.TMPDIR = temporaryDirectory()
  try {
    const database = await openDatabase({ dataDir })
    const [socketDir, ...others] = fs.readdirSync(os.tmpdir())
    expect(others).toEqual([])
    expect(fs.readdirSync(path.join(os.tmpdir(), socketDir!))).toEqual(['.s.PGSQL.5432'])
    expect(fs.statSync(path.join(os.tmpdir(), socketDir!)).mode & 0o777).toBe(0o700)
    await database.close()
    expect(fs.readdirSync(os.tmpdir())).toEqual([])
  } finally {
    fs.rmSync(os.tmpdir(), { recursive: true, force: true })
    process.env.TMPDIR = tmpdir
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
