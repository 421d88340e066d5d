import Link from 'next/link'
import { appContext } from '@/lib/app-context'
import { currentUser } from '@/lib/auth/current-user'
import { boardsOf, type MemberBoard } from '@/lib/boards'
import { CreateBoardForm } from '@/components/create-board-form'
import { BoardSearch } from '@/components/board-search'
import { ImportModelForm } from '@/components/import-model-form'
import { BoardRow, type DashboardBoard } from '@/components/dashboard/board-row'
import { SignOutButton } from '@/components/auth/sign-out-button'
import { BoardModelStore } from '@/server/model/board-model-store'

export const dynamic = 'force-dynamic'

const kindNames = { cube: 'Cube board', 'value-zone': 'Value-zone board' } as const

function forDashboard(board: MemberBoard): DashboardBoard {
  return {
    id: board.id,
    title: board.title,
    kindName: kindNames[board.kind],
    role: board.role,
    updatedAt: board.updatedAt.toISOString(),
    archived: board.archivedAt !== null,
    visitors: board.visitors,
  }
}

/** Signed out: what Cubeboard is and how to get in. Signed in: the dashboard of my boards. */
export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const user = await currentUser()
  if (!user) {
    return (
      <main>
        <h1>Cubeboard</h1>
        <p className="muted">Map how your departments serve customers and each other, together.</p>
        <p>
          <Link href="/signin" className="button-link">
            Sign in
          </Link>
        </p>
        <p className="muted">Joining a workshop? Open the invite link your facilitator sent you.</p>
      </main>
    )
  }
  const { database } = await appContext()
  const [boards, archived] = await Promise.all([
    boardsOf(database.db, user.id, { archived: false }),
    boardsOf(database.db, user.id, { archived: true }),
  ])
  const { q } = await searchParams
  const query = typeof q === 'string' ? q.trim().slice(0, 200) : ''
  const results = query ? await new BoardModelStore(database.db).search(query, user.id) : null
  const canCreate = user.kind !== 'guest'
  return (
    <main>
      <header className="account-bar">
        <span>
          Signed in as <strong>{user.name}</strong>
          {user.kind === 'guest' ? ' (guest)' : ''}
        </span>
        {canCreate ? <Link href="/account">Account and API keys</Link> : null}
        <SignOutButton />
      </header>
      <h1>Cubeboard</h1>
      <p className="muted">Map how your departments serve customers and each other, together.</p>
      {canCreate ? (
        <>
          <CreateBoardForm />
          <ImportModelForm />
        </>
      ) : null}
      <BoardSearch query={query} results={results} />
      <h2>Your boards</h2>
      {boards.length === 0 ? (
        <p className="muted">No boards yet{canCreate ? ': create the first one above' : ''}.</p>
      ) : (
        <ul className="board-list" aria-label="Boards">
          {boards.map((board) => (
            <BoardRow key={board.id} board={forDashboard(board)} />
          ))}
        </ul>
      )}
      {archived.length > 0 ? (
        <>
          <h2>Archived</h2>
          <ul className="board-list" aria-label="Archived boards">
            {archived.map((board) => (
              <BoardRow key={board.id} board={forDashboard(board)} />
            ))}
          </ul>
        </>
      ) : null}
    </main>
  )
}
