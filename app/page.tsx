import Link from 'next/link'
import { appContext } from '@/lib/app-context'
import { listBoards } from '@/lib/boards'
import { CreateBoardForm } from '@/components/create-board-form'
import { BoardSearch } from '@/components/board-search'
import { ImportModelForm } from '@/components/import-model-form'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

const kindNames = { cube: 'Cube board', 'value-zone': 'Value-zone board' } as const

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const { database } = await appContext()
  const boards = await listBoards(database.db)
  const { q } = await searchParams
  const query = typeof q === 'string' ? q.trim().slice(0, 200) : ''
  const results = query ? await new BoardModelStore(database.db).search(query) : null
  return (
    <main>
      <h1>Cubeboard</h1>
      <p className="muted">Map how your departments serve customers and each other, together.</p>
      <CreateBoardForm />
      <ImportModelForm />
      <BoardSearch query={query} results={results} />
      <h2>Boards</h2>
      {boards.length === 0 ? (
        <p className="muted">No boards yet: create the first one above.</p>
      ) : (
        <ul className="board-list" aria-label="Boards">
          {boards.map((board) => (
            <li key={board.id}>
              <Link href={`/b/${board.id}`}>{board.title}</Link>
              <span className="muted">
                {kindNames[board.kind]} · edited{' '}
                <time dateTime={board.updatedAt.toISOString()}>
                  {board.updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
