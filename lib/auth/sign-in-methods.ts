// Which ways of signing in this server offers, and to whom (local sign-in only from this machine).
import type { Env } from '../env'

/** Set by the Cubeboard server on every request: 'local' when it comes from this machine directly. */
export const peerHeader = 'x-cubeboard-peer'

/** A provider people can sign in with, as the sign-in page lists it. */
export interface OAuthMethod {
  id: 'github' | 'google' | 'azure-ad' | 'oidc'
  name: string
}

/** Which ways of signing in this process offers (README, "Accounts and sign-in"). */
export interface SignInMethods {
  /**
   * Name-only local owner sign-in. 'this-machine': only for requests from the machine the
   * server runs on (production without CUBEBOARD_LOCAL_SIGNIN), so a deployed server never
   * lets strangers claim a local name.
   */
  local: 'on' | 'off' | 'this-machine'
  /** 'smtp' mails links; 'log' prints them in the server log (local runs without EMAIL_SERVER). */
  email: 'smtp' | 'log' | 'off'
  /** Development only: the page that says "check your email" also shows the link. */
  showEmailLinkOnPage: boolean
  oauth: OAuthMethod[]
}

export function signInMethods(env: Env): SignInMethods {
  const production = env.NODE_ENV === 'production'
  const embedded = !env.DATABASE_URL
  const oauth: OAuthMethod[] = []
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
    oauth.push({ id: 'azure-ad', name: 'Microsoft' })
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) oauth.push({ id: 'google', name: 'Google' })
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) oauth.push({ id: 'github', name: 'GitHub' })
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    oauth.push({ id: 'oidc', name: env.AUTH_OIDC_NAME })
  }
  return {
    local: env.CUBEBOARD_LOCAL_SIGNIN ?? (production ? 'this-machine' : 'on'),
    email: env.EMAIL_SERVER ? 'smtp' : embedded || !production ? 'log' : 'off',
    showEmailLinkOnPage: env.NODE_ENV === 'development' && !env.EMAIL_SERVER,
    oauth,
  }
}

/** Whether a request may use local sign-in, given its `peerHeader` value. */
export function localSignInAllowed(
  methods: SignInMethods,
  peer: string | null | undefined,
): boolean {
  if (methods.local !== 'this-machine') return methods.local === 'on'
  return peer === 'local'
}
