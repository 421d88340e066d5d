import { noSuchBoard } from '@/lib/auth/board-access'
import { routeBoardAccess } from '@/lib/http/route-access'
import { jsonError } from '@/lib/http/json'
import { exportFileName, isModelExportFile, modelExportFile, modelExportFiles } from '@/lib/model'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

/** One export of the board's model as a download: CSV tables, Mermaid graph, model JSON. */
export async function GET(
  request: Request,
  context: RouteContext<'/api/boards/[boardId]/model/[file]'>,
) {
  const { boardId, file } = await context.params
  if (!isModelExportFile(file)) {
    return jsonError(404, `no export named ${file}; there are: ${modelExportFiles.join(', ')}`)
  }
  const checked = await routeBoardAccess(request, boardId, 'view')
  if ('response' in checked) return checked.response
  const { board } = checked.access
  const current = await new BoardModelStore(checked.context.database.db).current(board)
  if (!current) return jsonError(404, noSuchBoard(boardId))
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
