// The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs its
// queries synchronously on the thread that holds it, so it lives here and not on the
// server's event loop. The server talks to it as to any PostgreSQL, over a Unix socket only
// this process can reach (pglite-socket speaks the wire protocol).
// Plain JavaScript: the thread loads without the TypeScript loader, in Next's bundle or not.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

/** @type {{ folder: string, socketPath: string }} */
const { folder, socketPath } = workerData

try {
  const db = await PGlite.create(folder)
  const server = new PGLiteSocketServer({ db, path: socketPath })
  await server.start()
  parentPort.on('message', async (message) => {
    if (message !== 'close') return
    // The server's connection has ended by now; what PGlite holds is flushed as it closes.
    await server.stop()
    await db.close()
    parentPort.postMessage({ closed: true })
  })
  parentPort.postMessage({ ready: true })
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) })
}
