/**
 * Signs in over HTTP with local name-only sign-in (from this machine), as next-auth's form
 * does, and returns the session cookie (`name=value`) for scripts, e2e tests and benchmarks.
 */
export async function signInOverHttp(baseURL: string, name: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
  const signedIn = await fetch(`${baseURL}/api/auth/callback/local`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, name, json: 'true' }),
  })
  const session = signedIn.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((cookie) => cookie.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`local sign-in as ${name} failed: ${signedIn.status}`)
  return session
}
