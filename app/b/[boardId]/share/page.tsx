import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { checkBoardAccess } from '@/lib/auth/access-check'
import { may } from '@/lib/auth/board-roles'
import { currentUser } from '@/lib/auth/current-user'
import { listInvites } from '@/lib/auth/invites'
import { listMembers } from '@/lib/auth/members'
import { InviteLinks } from '@/components/share/invite-links'
import { MemberList } from '@/components/share/member-list'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Share · Cubeboard' }

/** Invite links and members of a board. */
export default async function SharePage({ params }: PageProps<'/b/[boardId]/share'>) {
  const { boardId } = await params
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/b/${boardId}/share`)}`)
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'view')
  if (!checked.ok) notFound()
  const { access } = checked
  const [members, invites] = await Promise.all([
    listMembers(database.db, boardId),
    may(access.role, 'invite') ? listInvites(database.db, boardId) : Promise.resolve([]),
  ])
  return (
    <main>
      <nav className="model-nav">
        <Link href="/">← Boards</Link> · <Link href={`/b/${boardId}`}>Open the board</Link>
      </nav>
      <h1>Share “{access.board.title}”</h1>
      {may(access.role, 'invite') ? (
        <InviteLinks
          boardId={boardId}
          invites={invites.map((invite) => ({
            ...invite,
            createdAt: invite.createdAt.toISOString(),
            expiresAt: invite.expiresAt?.toISOString() ?? null,
            revokedAt: invite.revokedAt?.toISOString() ?? null,
          }))}
        />
      ) : null}
      <MemberList
        boardId={boardId}
        me={user.id}
        canManage={may(access.role, 'manage-members')}
        members={members.map((member) => ({
          userId: member.userId,
          name: member.name,
          guest: member.kind === 'guest',
          role: member.role,
        }))}
      />
    </main>
  )
}
