import { appContext } from '@/lib/app-context'
import { findBoard } from '@/lib/boards'
import { jsonError } from '@/lib/http/json'
import { exportFileName, isModelExportFile, modelExportFile, modelExportFiles } from '@/lib/model'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

/** One export of the board's model as a download: CSV tables, Mermaid graph, model JSON. */
export async function GET(
  _request: Request,
  context: RouteContext<'/api/boards/[boardId]/model/[file]'>,
) {
  const { boardId, file } = await context.params
  if (!isModelExportFile(file)) {
    return jsonError(404, `no export named ${file}; there are: ${modelExportFiles.join(', ')}`)
  }
  const { database } = await appContext()
  const board = await findBoard(database.db, boardId)
  const current = board && (await new BoardModelStore(database.db).current(board))
  if (!board || !current) return jsonError(404, `board ${boardId} does not exist`)
  const { body, contentType } = modelExportFile(current.model, file)
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': attachment(`${exportFileName(board.title)}-${file}`),
    },
  })
}

/** RFC 6266: an ASCII name for every client, and the exact one for those that read UTF-8. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
