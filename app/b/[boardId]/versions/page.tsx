import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { accessAllows } from '@/lib/auth/board-access'
import { checkBoardAccess } from '@/lib/auth/access-check'
import { currentUser } from '@/lib/auth/current-user'
import { listVersions } from '@/lib/versions'
import { VersionList } from '@/components/versions/version-list'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Versions · Cubeboard' }

/** A board's named and automatic versions. */
export default async function VersionsPage({ params }: PageProps<'/b/[boardId]/versions'>) {
  const { boardId } = await params
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/b/${boardId}/versions`)}`)
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'view')
  if (!checked.ok) notFound()
  const versions = await listVersions(database.db, boardId)
  return (
    <main>
      <nav className="model-nav">
        <Link href="/">← Boards</Link> · <Link href={`/b/${boardId}`}>Open the board</Link>
      </nav>
      <h1>Versions of “{checked.access.board.title}”</h1>
      <p className="muted">
        Restoring puts a version back on the board as a new change for everyone; the board as it was
        just before is saved as a version too, so nothing is lost.
      </p>
      <VersionList
        boardId={boardId}
        canRestore={accessAllows(checked.access, 'restore-version')}
        versions={versions.map((version) => ({
          ...version,
          createdAt: version.createdAt.toISOString(),
        }))}
      />
    </main>
  )
}
