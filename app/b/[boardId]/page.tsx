import { notFound, redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { checkBoardAccess } from '@/lib/auth/access-check'
import { currentUser } from '@/lib/auth/current-user'
import { lowerRole } from '@/lib/auth/board-roles'
import { mintRoomToken } from '@/lib/auth/room-token'
import { boardOpening } from '@/server/model/board-opening'
import { BoardCanvasLoader } from '@/components/board/board-canvas-loader'

export const dynamic = 'force-dynamic'

export const metadata = { title: 'Board · Cubeboard' }

export default async function BoardPage({ params, searchParams }: PageProps<'/b/[boardId]'>) {
  const { boardId } = await params
  const context = await appContext()
  const { database, signingSecret } = context
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/b/${boardId}`)}`)
  const checked = await checkBoardAccess(database.db, user, boardId, 'view')
  if (!checked.ok) notFound()
  const { access } = checked
  // `?view` opens the board read-only even for people who may edit it.
  const role =
    'view' in (await searchParams) ? lowerRole(access.roomRole, 'viewer') : access.roomRole
  const [{ token, expiresAt }, { snapshot, revisit }] = await Promise.all([
    mintRoomToken({ boardId, role, userId: user.id }, signingSecret),
    boardOpening(context, access.board, user.id),
  ])
  return (
    <BoardCanvasLoader
      boardId={boardId}
      title={access.board.title}
      role={role}
      boardRole={access.role}
      archived={access.board.archivedAt !== null}
      userId={user.id}
      userName={user.name}
      token={{ token, expiresAt: expiresAt.toISOString() }}
      snapshot={snapshot ?? undefined}
      revisit={revisit ?? undefined}
    />
  )
}
