// The versions page: a board's saved versions, to save, open and restore.
import Link from 'next/link'
import { appContext } from '@/lib/app-context'
import { allows } from '@/lib/auth/authorize'
import { boardPageAccess } from '@/lib/pages/page-access'
import { listVersions } from '@/lib/versions/version-store'
import { VersionList } from '@/components/versions/version-list'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Versions · Cubeboard' }

/** A board's named and automatic versions. */
export default async function VersionsPage({ params }: PageProps<'/b/[boardId]/versions'>) {
  const { boardId } = await params
  const { access } = await boardPageAccess(boardId, `/b/${boardId}/versions`)
  const { database } = await appContext()
  const versions = await listVersions(database.db, boardId)
  return (
    <main>
      <nav className="model-nav">
        <Link href="/">← Boards</Link> · <Link href={`/b/${boardId}`}>Open the board</Link>
      </nav>
      <h1>Versions of “{access.board.title}”</h1>
      <p className="muted">
        Restoring puts a version back on the board as a new change for everyone; the board as it was
        just before is saved as a version too, so nothing is lost.
      </p>
      <VersionList
        boardId={boardId}
        canRestore={allows(access, 'restore-version')}
        versions={versions.map((version) => ({
          ...version,
          createdAt: version.createdAt.toISOString(),
        }))}
      />
    </main>
  )
}
