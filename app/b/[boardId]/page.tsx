import { notFound } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { mintRoomToken, type RoomRole } from '@/lib/auth/room-token'
import { findBoard } from '@/lib/boards'
import { BoardCanvasLoader } from '@/components/board/board-canvas-loader'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: PageProps<'/b/[boardId]'>) {
  const { boardId } = await params
  const { database } = await appContext()
  const board = await findBoard(database.db, boardId)
  return { title: board ? `${board.title} · Cubeboard` : 'Board not found · Cubeboard' }
}

export default async function BoardPage({ params, searchParams }: PageProps<'/b/[boardId]'>) {
  const { boardId } = await params
  const { database, signingSecret } = await appContext()
  const board = await findBoard(database.db, boardId)
  if (!board) notFound()
  // Until accounts exist, `?view` opens a board read-only (the sync server enforces it).
  const role: RoomRole = 'view' in (await searchParams) ? 'viewer' : 'editor'
  const { token, expiresAt } = await mintRoomToken({ boardId: board.id, role }, signingSecret)
  return (
    <BoardCanvasLoader
      boardId={board.id}
      title={board.title}
      role={role}
      token={{ token, expiresAt: expiresAt.toISOString() }}
    />
  )
}
