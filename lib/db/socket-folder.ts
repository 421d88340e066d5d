// Where the server reaches the embedded database's thread: a socket in a fresh folder only this user can enter.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const prefix = 'cubeboard-db-'
const noteName = 'pglite.socket-folder'

/**
 * Makes the socket's folder (0700, under the temporary folder: a socket path must stay under
 * ~100 bytes, which a data folder's path need not) and names it in the data folder, so that
 * the next start on that data folder removes a folder a killed process left behind. Call it
 * holding the data folder's lock. Only a folder of this kind, directly in the temporary
 * folder, is ever removed, whatever the note says.
 */
export function openSocketFolder(dataDir: string): { socketPath: string; remove(): void } {
  removeLeftBehindSocketFolder(dataDir)
  const note = path.join(dataDir, noteName)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.writeFileSync(note, folder)
  return {
    socketPath: path.join(folder, '.s.PGSQL.5432'),
    remove: () => {
      fs.rmSync(folder, { recursive: true, force: true })
      fs.rmSync(note, { force: true })
    },
  }
}

/**
 * Removes the socket folder a process killed while it had `dataDir` open left behind (also
 * for whoever deletes a data folder, as the tests and benches do after a kill).
 */
export function removeLeftBehindSocketFolder(dataDir: string): void {
  let folder: string
  try {
    folder = fs.readFileSync(path.join(dataDir, noteName), 'utf8')
  } catch {
    return
  }
  const ours = path.dirname(folder) === os.tmpdir() && path.basename(folder).startsWith(prefix)
  if (ours) fs.rmSync(folder, { recursive: true, force: true })
}
