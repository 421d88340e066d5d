// The sign-in page: every way of signing in this server offers.
import Link from 'next/link'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/current-user'
import { safeCallbackPath } from '@/lib/auth/safe-callback'
import { localSignInAllowed, peerHeader, signInMethods } from '@/lib/auth/sign-in-methods'
import { readEnv } from '@/lib/env'
import { SignInForm } from '@/components/auth/sign-in-form'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Sign in · Cubeboard' }

/** next-auth's error codes in words. */
const errorWords: Record<string, string> = {
  CredentialsSignin: 'Sign-in was refused; check what you typed and try again.',
  Verification: 'That sign-in link has expired or was already used; ask for a new one.',
  OAuthAccountNotLinked: 'That email address already signs in another way; use that one.',
}

export default async function SignInPage({ searchParams }: PageProps<'/signin'>) {
  const { callbackUrl, error } = await searchParams
  const next = safeCallbackPath(callbackUrl)
  if (await currentUser()) redirect(next)
  const methods = signInMethods(readEnv())
  const local = localSignInAllowed(methods, (await headers()).get(peerHeader))
  return (
    <main className="narrow">
      <p>
        <Link href="/">← Cubeboard</Link>
      </p>
      <h1>Sign in</h1>
      <p className="muted">
        Facilitators sign in to make and run boards. Joining a workshop needs no account: open the
        invite link you were given.
      </p>
      {typeof error === 'string' ? (
        <p className="form-error" role="alert">
          {errorWords[error] ?? 'Sign-in did not work; try again.'}
        </p>
      ) : null}
      <SignInForm
        callbackUrl={next}
        local={local}
        email={methods.email !== 'off'}
        oauth={methods.oauth}
      />
    </main>
  )
}
