/**
 * The home page: what Cubeboard is when signed out; your boards, search and new boards when
 * signed in.
 */
import Link from 'next/link'
import { authorize } from '@/lib/auth/authorize'
import { currentUser } from '@/lib/auth/current-user'
import type { MemberBoard } from '@/lib/boards/board-store'
import { boardKind } from '@/lib/kinds'
import { listBoards } from '@/lib/boards/board-use-cases'
import { searchBoardModels } from '@/lib/boards/model-use-cases'
import { allowedValue } from '@/lib/pages/page-access'
import { CreateBoardForm } from '@/components/create-board-form'
import { BoardSearch } from '@/components/board-search'
import { ImportModelForm } from '@/components/import-model-form'
import { BoardRow, type DashboardBoard } from '@/components/dashboard/board-row'
import { SignOutButton } from '@/components/auth/sign-out-button'

export const dynamic = 'force-dynamic'

function forDashboard(board: MemberBoard): DashboardBoard {
  return {
    id: board.id,
    title: board.title,
    kindName: boardKind(board.kind).name,
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
  const [boards, archived, create] = await Promise.all([
    listBoards(user, { archived: false }).then(allowedValue),
    listBoards(user, { archived: true }).then(allowedValue),
    authorize(user, 'create-board'),
  ])
  const { q } = await searchParams
  const query = typeof q === 'string' ? q.trim().slice(0, 200) : ''
  const results = query ? allowedValue(await searchBoardModels(user, { query })) : null
  const canCreate = create.ok
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
            <BoardRow key={board.id} board={forDashboard(board)} canCopy={canCreate} />
          ))}
        </ul>
      )}
      {archived.length > 0 ? (
        <>
          <h2>Archived</h2>
          <ul className="board-list" aria-label="Archived boards">
            {archived.map((board) => (
              <BoardRow key={board.id} board={forDashboard(board)} canCopy={canCreate} />
            ))}
          </ul>
        </>
      ) : null}
    </main>
  )
}
