// The account page: who you are and your personal API keys.
import Link from 'next/link'
import { apiKeysOf } from '@/lib/auth/api-key-use-cases'
import { authorize } from '@/lib/auth/authorize'
import { allowedValue, pageUser } from '@/lib/pages/page-access'
import { asSentence } from '@/lib/pages/sentence'
import { ApiKeyList } from '@/components/account/api-key-list'
import { SignOutButton } from '@/components/auth/sign-out-button'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Account · Cubeboard' }

export default async function AccountPage() {
  const user = await pageUser('/account')
  const [making, keys] = await Promise.all([
    authorize(user, 'make-api-key'),
    apiKeysOf(user).then(allowedValue),
  ])
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
      {!making.ok ? (
        <p>{asSentence(making.error)}</p>
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
