// One saved version of a board, on the canvas, read-only.
import { notFound } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { boardPageAccess } from '@/lib/pages/page-access'
import { findVersion } from '@/lib/versions/version-store'
import { VersionCanvasLoader } from '@/components/board/version-canvas-loader'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Saved version · Cubeboard' }

/** One saved version of a board, on the canvas, read-only. */
export default async function VersionPage({
  params,
}: PageProps<'/b/[boardId]/versions/[versionId]'>) {
  const { boardId, versionId } = await params
  // Signed out, one comes back to the list of versions.
  const { user, access } = await boardPageAccess(boardId, `/b/${boardId}/versions`)
  const { database } = await appContext()
  const version = await findVersion(database.db, boardId, versionId)
  if (!version) notFound()
  return (
    <VersionCanvasLoader
      boardId={boardId}
      title={access.board.title}
      kind={access.board.kind}
      boardRole={access.role}
      archived={false}
      userId={user.id}
      userName={user.name}
      versionName={version.name}
      state={Buffer.from(version.state).toString('base64')}
    />
  )
}
