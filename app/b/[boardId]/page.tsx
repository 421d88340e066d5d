import Link from 'next/link'
import { notFound } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { findBoard } from '@/lib/boards'
import { BoardLiveStatus } from '@/components/board/board-live-status'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: PageProps<'/b/[boardId]'>) {
  const { boardId } = await params
  const { database } = await appContext()
  const board = await findBoard(database.db, boardId)
  return { title: board ? `${board.title} · Cubeboard` : 'Board not found · Cubeboard' }
}

export default async function BoardPage({ params }: PageProps<'/b/[boardId]'>) {
  const { boardId } = await params
  const { database } = await appContext()
  const board = await findBoard(database.db, boardId)
  if (!board) notFound()
  return (
    <main>
      <p>
        <Link href="/">← All boards</Link>
      </p>
      <h1>{board.title}</h1>
      <BoardLiveStatus boardId={board.id} />
    </main>
  )
}
