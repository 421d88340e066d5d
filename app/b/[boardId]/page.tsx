// The board page: the live canvas of one board, for its members.
import { appContext } from '@/lib/app-context'
import { roomTokenFor } from '@/lib/auth/issue-room-token'
import { boardOpening } from '@/lib/boards/board-opening'
import { boardPageAccess } from '@/lib/pages/page-access'
import { BoardCanvasLoader } from '@/components/board/board-canvas-loader'

export const dynamic = 'force-dynamic'

export const metadata = { title: 'Board · Cubeboard' }

export default async function BoardPage({ params, searchParams }: PageProps<'/b/[boardId]'>) {
  const { boardId } = await params
  const grant = await boardPageAccess(boardId, `/b/${boardId}`)
  const { access, user } = grant
  // `?view` opens the board read-only even for people who may edit it.
  const viewOnly = 'view' in (await searchParams)
  const [{ token, role, expiresAt }, { pageState, revisit }] = await Promise.all([
    roomTokenFor(grant, viewOnly ? 'viewer' : undefined),
    boardOpening(await appContext(), access.board, user.id),
  ])
  return (
    <BoardCanvasLoader
      boardId={boardId}
      title={access.board.title}
      kind={access.board.kind}
      role={role}
      boardRole={access.role}
      archived={access.board.archivedAt !== null}
      userId={user.id}
      userName={user.name}
      token={{ token, expiresAt: expiresAt.toISOString() }}
      pageState={pageState ?? undefined}
      revisit={revisit}
    />
  )
}
