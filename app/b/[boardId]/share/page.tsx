// The share page: a board's invite links and members.
import Link from 'next/link'
import { appContext } from '@/lib/app-context'
import { allows } from '@/lib/auth/authorize'
import { boardPageAccess } from '@/lib/pages/page-access'
import { listInvites } from '@/lib/sharing/invite-store'
import { listMembers } from '@/lib/sharing/member-store'
import { InviteLinks } from '@/components/share/invite-links'
import { MemberList } from '@/components/share/member-list'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Share · Cubeboard' }

/** Invite links and members of a board. */
export default async function SharePage({ params }: PageProps<'/b/[boardId]/share'>) {
  const { boardId } = await params
  const { user, access } = await boardPageAccess(boardId, `/b/${boardId}/share`)
  const { database } = await appContext()
  const canInvite = allows(access, 'invite')
  const [members, invites] = await Promise.all([
    listMembers(database.db, boardId),
    canInvite ? listInvites(database.db, boardId) : Promise.resolve([]),
  ])
  return (
    <main>
      <nav className="model-nav">
        <Link href="/">← Boards</Link> · <Link href={`/b/${boardId}`}>Open the board</Link>
      </nav>
      <h1>Share “{access.board.title}”</h1>
      {canInvite ? (
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
        canManage={allows(access, 'manage-members')}
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
