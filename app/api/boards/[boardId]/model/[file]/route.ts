// GET /api/boards/<id>/model/<file>: one export of the board's model as a download.
import { userFromRequest } from '@/lib/auth/request-user'
import { exportBoardModel } from '@/lib/boards/model-use-cases'
import { jsonError, refusalResponse } from '@/lib/http/json'
import { isModelExportFile, modelExportFiles } from '@/lib/model'

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
  const download = await exportBoardModel(await userFromRequest(request), { boardId, file })
  if (!download.ok) return refusalResponse(download)
  const { body, contentType, fileName } = download.value
  return new Response(body, {
    headers: { 'content-type': contentType, 'content-disposition': attachment(fileName) },
  })
}

/** RFC 6266: an ASCII name for every client, and the exact one for those that read UTF-8. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
