import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { claimDataFolder } from '@/lib/db/data-folder-lock'
import { temporaryDirectory } from '../helpers/databases'

it('refuses a folder claimed by another running process, naming it', () => {
  const dir = temporaryDirectory()
  fs.writeFileSync(path.join(dir, 'pglite.lock'), String(process.ppid))
  expect(() => claimDataFolder(dir)).toThrow(
    `in use by another Cubeboard process (pid ${process.ppid})`,
  )
})

it('takes over a lock left by a process that is gone, and releases it', () => {
  const dir = temporaryDirectory()
  fs.writeFileSync(path.join(dir, 'pglite.lock'), '999999999')
  const release = claimDataFolder(dir)
  expect(fs.readFileSync(path.join(dir, 'pglite.lock'), 'utf8')).toBe(String(process.pid))
  release()
  expect(fs.existsSync(path.join(dir, 'pglite.lock'))).toBe(false)
})

it('refuses a second claim from the same process', () => {
  const dir = temporaryDirectory()
  const release = claimDataFolder(dir)
  expect(() => claimDataFolder(dir)).toThrow('already open in this process')
  release()
  claimDataFolder(dir)()
})
