// The page after asking for an email sign-in link: check your inbox.
import Link from 'next/link'
import { takeEmailLink } from '@/lib/auth/email-links'
import { signInMethods } from '@/lib/auth/sign-in-methods'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Check your email · Cubeboard' }

export default async function CheckEmailPage({ searchParams }: PageProps<'/signin/check-email'>) {
  const { email } = await searchParams
  const methods = signInMethods(readEnv())
  const address = typeof email === 'string' ? email : ''
  // Development only: no mail server, so the link the server printed is shown here too.
  const link = methods.showEmailLinkOnPage && address ? takeEmailLink(address) : null
  return (
    <main className="narrow">
      <h1>Check your email</h1>
      <p>
        A sign-in link is on its way{address ? ` to ${address}` : ''}. It works once, for 24 hours.
      </p>
      {methods.email === 'log' ? (
        <p className="muted">No mail server is set up here: the link is in the server log.</p>
      ) : null}
      {link ? (
        <p>
          <a href={link}>Sign in as {address} (development only)</a>
        </p>
      ) : null}
      <p>
        <Link href="/signin">Back to sign-in</Link>
      </p>
    </main>
  )
}
