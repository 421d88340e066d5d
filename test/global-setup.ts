import fs from 'node:fs'
import path from 'node:path'
import { openDatabase } from '@/lib/db/client'
import { pgliteTemplateVariable, temporaryDirectory } from './helpers/databases'

/**
 * Runs once in vitest's main process, before the test workers start (they inherit its
 * environment): creates the embedded database every test's PGlite folder is copied from.
 */
export default async function setup() {
  addMapGroupBy()
  const dataDir = temporaryDirectory('cubeboard-template-')
  const database = await openDatabase({ dataDir })
  await database.close()
  process.env[pgliteTemplateVariable] = path.join(dataDir, 'pglite')
  return () => fs.rmSync(dataDir, { recursive: true, force: true })
}

/** Node 20 lacks Map.groupBy, which vitest 5's reporter calls when it prints failures; without it a failing run hides its errors. */
function addMapGroupBy() {
  if ('groupBy' in Map) return
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>()
      let index = 0
      for (const item of items) {
        const key = keyOf(item, index++)
        const group = groups.get(key)
        if (group) group.push(item)
        else groups.set(key, [item])
      }
      return groups
    },
  })
}
