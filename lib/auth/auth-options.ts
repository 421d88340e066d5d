// next-auth's options: the providers, JWT sessions and callbacks this server uses.
import 'server-only'
import type { AuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import EmailProvider from 'next-auth/providers/email'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import AzureADProvider from 'next-auth/providers/azure-ad'
import type { Provider } from 'next-auth/providers/index'
import type { AppContext } from '../app-context'
import type { Env } from '../env'
import { drizzleAdapter } from './drizzle-adapter'
import { keepEmailLink } from './email-links'
import { joinByInvite } from '../sharing/invite-join'
import { sameSitePath } from './safe-callback'
import { sessionSecret, sessionVersionClaim } from './session'
import { createGuest, cleanDisplayName, endSessions, localUser, sessionVersionOf } from './users'
import { localSignInAllowed, peerHeader, signInMethods } from './sign-in-methods'

/**
 * next-auth's configuration: sessions are JWT cookies; accounts, email links and OpenID
 * providers go through the drizzle adapter; local owners and invited guests sign in by name.
 */
export function authOptions(
  context: AppContext,
  env: Env,
  log: Pick<Console, 'info'> = console,
): AuthOptions {
  const { db } = context.database
  const methods = signInMethods(env)
  const providers: Provider[] = [
    CredentialsProvider({
      id: 'local',
      name: 'Your name',
      credentials: { name: { label: 'Your name', type: 'text' } },
      async authorize(credentials, request) {
        if (!localSignInAllowed(methods, headerOf(request?.headers, peerHeader))) return null
        const name = cleanDisplayName(credentials?.name)
        if (!name) return null
        const user = await localUser(db, name)
        return { id: user.id, name: user.name }
      },
    }),
    CredentialsProvider({
      id: 'guest',
      name: 'Guest',
      credentials: {
        invite: { label: 'Invite', type: 'text' },
        name: { label: 'Your name', type: 'text' },
      },
      async authorize(credentials) {
        const name = cleanDisplayName(credentials?.name)
        if (!name || !credentials?.invite) return null
        const joined = await joinByInvite(db, credentials.invite, () => createGuest(db, name))
        return joined.ok ? { id: joined.user.id, name: joined.user.name } : null
      },
    }),
  ]
  if (methods.email !== 'off') {
    providers.push(
      EmailProvider({
        server: env.EMAIL_SERVER ?? { jsonTransport: true },
        from: env.EMAIL_FROM,
        maxAge: 24 * 60 * 60,
        ...(methods.email === 'log' && {
          sendVerificationRequest: ({ identifier, url }: { identifier: string; url: string }) => {
            keepEmailLink(identifier, url)
            log.info(`Sign-in link for ${identifier} (no EMAIL_SERVER set): ${url}`)
          },
        }),
      }),
    )
  }
  for (const method of methods.oauth) providers.push(oauthProvider(method.id, env))
  return {
    secret: sessionSecret(context.signingSecret),
    adapter: drizzleAdapter(db),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    providers,
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
    callbacks: {
      /** After signing in, a path on this site only (never another site's address). */
      redirect: ({ url, baseUrl }) => {
        const path = sameSitePath(url, baseUrl)
        return path ? `${baseUrl}${path}` : baseUrl
      },
      /**
       * A new cookie carries the person's session version; a cookie whose version is no
       * longer theirs (they signed out, or were removed from a board) is refused, and
       * next-auth then clears it.
       */
      jwt: async ({ token, user }) => {
        const userId = user?.id ?? token.sub
        const current = userId ? await sessionVersionOf(db, userId) : null
        if (current === null) throw new Error('the session belongs to no one (any more)')
        if (user) return { ...token, [sessionVersionClaim]: current }
        const version = token[sessionVersionClaim]
        if ((typeof version === 'number' ? version : 0) !== current) {
          throw new Error('this session has ended (signed out, or removed from a board)')
        }
        return token
      },
    },
    events: {
      /** Signing out ends the session for good: the cookie stops working even if it was copied. */
      signOut: async ({ token }) => {
        if (token?.sub) await endSessions(db, token.sub)
      },
    },
  }
}

function oauthProvider(id: 'github' | 'google' | 'azure-ad' | 'oidc', env: Env): Provider {
  switch (id) {
    case 'github':
      return GitHubProvider({
        clientId: env.AUTH_GITHUB_ID!,
        clientSecret: env.AUTH_GITHUB_SECRET!,
      })
    case 'google':
      return GoogleProvider({
        clientId: env.AUTH_GOOGLE_ID!,
        clientSecret: env.AUTH_GOOGLE_SECRET!,
      })
    case 'azure-ad':
      return AzureADProvider({
        clientId: env.AUTH_MICROSOFT_ENTRA_ID_ID!,
        clientSecret: env.AUTH_MICROSOFT_ENTRA_ID_SECRET!,
        tenantId: env.AUTH_MICROSOFT_ENTRA_ID_TENANT_ID,
      })
    case 'oidc':
      return {
        id: 'oidc',
        name: env.AUTH_OIDC_NAME,
        type: 'oauth',
        wellKnown: `${env.AUTH_OIDC_ISSUER!.replace(/\/$/, '')}/.well-known/openid-configuration`,
        authorization: { params: { scope: 'openid email profile' } },
        idToken: true,
        checks: ['pkce', 'state'],
        clientId: env.AUTH_OIDC_ID!,
        clientSecret: env.AUTH_OIDC_SECRET!,
        profile: (profile: { sub: string; name?: string; email?: string; picture?: string }) => ({
          id: profile.sub,
          name: profile.name ?? profile.email ?? null,
          email: profile.email ?? null,
          image: profile.picture ?? null,
        }),
      }
  }
}

function headerOf(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null
  const value = (headers as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : null
}
