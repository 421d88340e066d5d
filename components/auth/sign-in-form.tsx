// The sign-in form: one form per way of signing in this server offers.
'use client'

import { useState, type FormEvent } from 'react'
import { signIn } from 'next-auth/react'
import type { OAuthMethod } from '@/lib/auth/sign-in-methods'

export interface SignInFormProps {
  callbackUrl: string
  local: boolean
  email: boolean
  oauth: OAuthMethod[]
}

/** Every way of signing in this server offers, in one form per way. */
export function SignInForm({ callbackUrl, local, email, oauth }: SignInFormProps) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function signInWith(provider: string, fields: Record<string, string>, nextUrl?: string) {
    setPending(true)
    setError(null)
    const result = await signIn(provider, { ...fields, callbackUrl, redirect: false })
    setPending(false)
    if (!result || result.error) {
      setError(
        provider === 'email'
          ? 'The sign-in link could not be sent; check the address and try again.'
          : 'Sign-in was refused; check what you typed and try again.',
      )
      return
    }
    window.location.assign(nextUrl ?? result.url ?? callbackUrl)
  }

  function submitLocal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const name = String(new FormData(event.currentTarget).get('name') ?? '')
    void signInWith('local', { name })
  }

  function submitEmail(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const address = String(new FormData(event.currentTarget).get('email') ?? '').trim()
    void signInWith(
      'email',
      { email: address },
      `/signin/check-email?email=${encodeURIComponent(address)}`,
    )
  }

  return (
    <div className="sign-in">
      {local ? (
        <form onSubmit={submitLocal} aria-label="Local sign-in">
          <h2>On this computer</h2>
          <p className="muted">Local sign-in: your name is your account on this Cubeboard.</p>
          <label htmlFor="sign-in-name">Your name</label>
          <input id="sign-in-name" name="name" required maxLength={60} autoComplete="name" />
          <button type="submit" disabled={pending}>
            Sign in
          </button>
        </form>
      ) : null}
      {email ? (
        <form onSubmit={submitEmail} aria-label="Email sign-in">
          <h2>By email</h2>
          <p className="muted">We send you a link that signs you in.</p>
          <label htmlFor="sign-in-email">Email address</label>
          <input id="sign-in-email" name="email" type="email" required autoComplete="email" />
          <button type="submit" disabled={pending}>
            Email me a sign-in link
          </button>
        </form>
      ) : null}
      {oauth.length > 0 ? (
        <div className="sign-in-providers">
          <h2>With your organisation</h2>
          {oauth.map((method) => (
            <button
              key={method.id}
              type="button"
              disabled={pending}
              onClick={() => void signIn(method.id, { callbackUrl })}
            >
              Sign in with {method.name}
            </button>
          ))}
        </div>
      ) : null}
      {!local && !email && oauth.length === 0 ? (
        <p className="form-error" role="alert">
          This server offers no way to sign in from here. Its administrator can set EMAIL_SERVER, an
          OpenID provider, or CUBEBOARD_LOCAL_SIGNIN=on (see the README).
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
