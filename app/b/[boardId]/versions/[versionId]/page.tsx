import { notFound, redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { checkBoardAccess } from '@/lib/auth/access-check'
import { currentUser } from '@/lib/auth/current-user'
import { findVersion } from '@/lib/versions'
import { VersionCanvasLoader } from '@/components/board/version-canvas-loader'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Saved version · Cubeboard' }

/** One saved version of a board, on the canvas, read-only. */
export default async function VersionPage({
  params,
}: PageProps<'/b/[boardId]/versions/[versionId]'>) {
  const { boardId, versionId } = await params
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/b/${boardId}/versions`)}`)
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'view')
  if (!checked.ok) notFound()
  const version = await findVersion(database.db, boardId, versionId)
  if (!version) notFound()
  return (
    <VersionCanvasLoader
      boardId={boardId}
      title={checked.access.board.title}
      boardRole={checked.access.role}
      archived={false}
      userId={user.id}
      userName={user.name}
      versionName={version.name}
      state={Buffer.from(version.state).toString('base64')}
    />
  )
}
