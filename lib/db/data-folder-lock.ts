// One process per embedded database folder: a second one is refused with a message.
import fs from 'node:fs'
import path from 'node:path'

/**
 * Claims the embedded database folder for this process. Two processes opening one PGlite
 * folder silently overwrite each other's pages, so a second one is refused with a message
 * naming the owner. A lock left by a process that no longer runs is taken over.
 * Returns the function that releases the claim.
 */
export function claimDataFolder(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'pglite.lock')
  const claimed = claimedInThisProcess()
  if (claimed.has(lockFile)) {
    throw new Error(`The embedded database in ${dataDir} is already open in this process.`)
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      claimed.add(lockFile)
      let released = false
      return () => {
        if (released) return
        released = true
        claimed.delete(lockFile)
        fs.rmSync(lockFile, { force: true })
      }
    } catch (error) {
      if (!isAlreadyExists(error)) throw error
      const owner = Number(fs.readFileSync(lockFile, 'utf8'))
      if (owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by another Cubeboard process (pid ${owner}). ` +
            'Stop that process, or set CUBEBOARD_DATA_DIR to another folder.',
        )
      }
      fs.rmSync(lockFile, { force: true })
    }
  }
  throw new Error(`Could not claim the embedded database folder ${dataDir}`)
}

// On globalThis because Next bundles its own copy of this module into route code.
const claimedKey = Symbol.for('cubeboard.claimedDataFolders')

function claimedInThisProcess(): Set<string> {
  const store = globalThis as typeof globalThis & { [claimedKey]?: Set<string> }
  return (store[claimedKey] ??= new Set())
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST'
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}
