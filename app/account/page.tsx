import Link from 'next/link'
import { redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { listApiKeys } from '@/lib/auth/api-keys'
import { currentUser } from '@/lib/auth/current-user'
import { ApiKeyList } from '@/components/account/api-key-list'
import { SignOutButton } from '@/components/auth/sign-out-button'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Account · Cubeboard' }

export default async function AccountPage() {
  const user = await currentUser()
  if (!user) redirect('/signin?callbackUrl=/account')
  const { database } = await appContext()
  const keys = user.kind === 'guest' ? [] : await listApiKeys(database.db, user.id)
  return (
    <main>
      <nav className="model-nav">
        <Link href="/">← Boards</Link>
      </nav>
      <h1>{user.name}</h1>
      <p className="muted">
        {user.email ?? (user.kind === 'guest' ? 'Guest (joined by invite link)' : 'Local sign-in')}{' '}
        · <SignOutButton />
      </p>
      {user.kind === 'guest' ? (
        <p>Guests cannot make API keys; sign in with an account.</p>
      ) : (
        <>
          <p className="muted">
            Scripts send <code>Authorization: Bearer &lt;key&gt;</code> to the HTTP API and act with
            your rights (see the README).
          </p>
          <ApiKeyList
            keys={keys.map((key) => ({
              ...key,
              createdAt: key.createdAt.toISOString(),
              lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
              revokedAt: key.revokedAt?.toISOString() ?? null,
            }))}
          />
        </>
      )}
    </main>
  )
}
