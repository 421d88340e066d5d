// Where invite links lead: join a board as a guest, or as the person signed in.
import Link from 'next/link'
import { appContext } from '@/lib/app-context'
import { currentUser } from '@/lib/auth/current-user'
import { roleNames } from '@/lib/auth/board-roles'
import { asSentence } from '@/lib/pages/sentence'
import { findInvite } from '@/lib/sharing/invite-store'
import { GuestJoinForm } from '@/components/auth/guest-join-form'
import { MemberJoinForm } from '@/components/auth/member-join-form'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Join a board · Cubeboard' }

/** Where invite links lead: join by name as a guest, or as the person already signed in. */
export default async function JoinPage({ params }: PageProps<'/join/[secret]'>) {
  const { secret } = await params
  const { database } = await appContext()
  const found = await findInvite(database.db, decodeURIComponent(secret))
  if (!found.ok) {
    return (
      <main className="narrow">
        <h1>This link does not work</h1>
        <p>{asSentence(found.reason)} Ask your facilitator for a new one.</p>
        <p>
          <Link href="/">Cubeboard</Link>
        </p>
      </main>
    )
  }
  const user = await currentUser()
  const { board, invite } = found
  const callback = `/join/${encodeURIComponent(decodeURIComponent(secret))}`
  return (
    <main className="narrow">
      <h1>Join “{board.title}”</h1>
      <p className="muted">
        You are invited as {roleNames[invite.role].toLowerCase()}
        {invite.role === 'viewer' ? ': you can look and follow, not change' : ''}.
      </p>
      {user ? (
        <MemberJoinForm secret={decodeURIComponent(secret)} name={user.name} />
      ) : (
        <>
          <h2>What should others call you?</h2>
          <p className="muted">Your name is shown next to your cursor. No account needed.</p>
          <GuestJoinForm secret={decodeURIComponent(secret)} boardPath={`/b/${board.id}`} />
          <p className="muted">
            Have an account?{' '}
            <Link href={`/signin?callbackUrl=${encodeURIComponent(callback)}`}>Sign in</Link> and
            come back to this link.
          </p>
        </>
      )}
    </main>
  )
}
