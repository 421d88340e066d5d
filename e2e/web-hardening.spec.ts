// The web side against a hostile page and odd addresses, in Chromium: CSRF from another port, framing, open redirects, the CSP on a live board, sessions that end.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { signInOverHttp } from '../test/helpers/http-sign-in'
import { boardShown, closeBoardContexts, newBoardContext } from './board-helpers'
import { appPort } from './ports'

test.afterEach(closeBoardContexts)

/** A page of another origin on this host (another port: same site, as the attack in issue 17). */
async function otherOrigin(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A browser context signed in by name (next-auth's local sign-in, over HTTP), on the home page. */
async function signedInPage(browser: Parameters<typeof newBoardContext>[0], name: string) {
  const context = await newBoardContext(browser)
  const baseURL = `http://localhost:${appPort}`
  const [cookie, value] = (await signInOverHttp(baseURL, name)).split('=') as [string, string]
  await context.addCookies([{ name: cookie, value, url: baseURL }])
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible({ timeout: 15_000 })
  return page
}

async function boardTitles(page: Page): Promise<string[]> {
  const answer = await page.request.get('/api/boards')
  const { boards } = (await answer.json()) as { boards: { title: string }[] }
  return boards.map((board) => board.title)
}

test('a page on another port cannot create a board with the session cookie (text/plain form and no-cors fetch)', async ({
  browser,
}) => {
  const page = await signedInPage(browser, 'CSRF target')
  const target = `http://localhost:${appPort}`
  const attacker = await otherOrigin(`<!doctype html>
    <form id="f" method="POST" action="${target}/api/boards" enctype="text/plain">
      <input name='{"title":"csrf form","x":"' value='"}'>
    </form>
    <script>
      fetch('${target}/api/boards', {
        method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'content-type': 'text/plain' }, body: '{"title":"csrf fetch"}',
      }).finally(() => document.getElementById('f').submit())
    </script>`)
  try {
    const refused = page.waitForResponse(
      (response) =>
        response.url() === `${target}/api/boards` &&
        response.request().method() === 'POST' &&
        response.request().resourceType() === 'document',
    )
    await page.goto(attacker.url)
    const answer = await refused
    expect(answer.status()).toBe(403)
    expect(await answer.text()).toContain('from another site')
    const titles = await boardTitles(page)
    expect(titles).not.toContain('csrf form')
    expect(titles).not.toContain('csrf fetch')
  } finally {
    await attacker.close()
  }
})

test('the share page does not render inside a frame of another origin', async ({ browser }) => {
  const page = await signedInPage(browser, 'Framed')
  const created = await page.request.post('/api/boards', { data: { title: 'Framed board' } })
  const { id } = (await created.json()) as { id: string }
  const framing = await otherOrigin(
    `<!doctype html><iframe name="victim" src="http://localhost:${appPort}/b/${id}/share"></iframe>`,
  )
  try {
    const shareAnswer = page.waitForResponse((response) =>
      response.url().endsWith(`/b/${id}/share`),
    )
    await page.goto(framing.url)
    expect((await shareAnswer).headers()['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    )
    const frame = page.frame({ name: 'victim' })!
    // Chromium shows its own error page instead of the app's.
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/)
    expect(await frame.locator('body').innerText()).not.toContain('Invite links')
  } finally {
    await framing.close()
  }
})

test('callbackUrl never sends a signed-in person to another site', async ({ browser }) => {
  const page = await signedInPage(browser, 'Redirected')
  const offSite: string[] = []
  await page.context().route(
    (url) => url.hostname.endsWith('evil.example'),
    (route) => {
      offSite.push(route.request().url())
      return route.abort()
    },
  )
  const tab = await page.goto('/signin?callbackUrl=%2F%09%2Fevil.example')
  expect(tab?.status()).toBe(400)
  expect(await tab?.text()).toContain('control character')
  for (const variant of [
    '/.//evil.example',
    '%20//evil.example',
    '//evil.example',
    'https://evil.example/',
    '/%2F/evil.example',
  ]) {
    await page.goto(`/signin?callbackUrl=${variant}`)
    expect(new URL(page.url()).host).toBe(`localhost:${appPort}`)
  }
  const backslashes = await page.request.get('/api/auth/signin?callbackUrl=%5C%5Cevil.example')
  expect(backslashes.status()).toBe(400)
  const crlf = await page.request.post('/api/auth/signin/email', {
    form: { email: 'a@b.example', callbackUrl: '/\r\nSet-Cookie: x=y' },
  })
  expect(crlf.status()).toBe(400)
  expect(offSite).toEqual([])
})

test('a live board works under the Content-Security-Policy: no violation while it loads, syncs and is drawn on', async ({
  browser,
}, testInfo) => {
  // A template board in a fresh browser: tldraw and its fonts load from nothing.
  test.setTimeout(150_000)
  const page = await signedInPage(browser, 'Drawer')
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  const created = await page.request.post('/api/boards', {
    data: { title: 'Under CSP', template: 'mortgage-loan-network' },
  })
  const { id } = (await created.json()) as { id: string }
  const answer = await page.goto(`/b/${id}`)
  expect(answer?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/)
  await boardShown(page)
  await page.keyboard.press('r')
  await page.mouse.move(500, 450)
  await page.mouse.down()
  await page.mouse.move(650, 560, { steps: 6 })
  await page.mouse.up()
  await expect(page.locator('.tl-shape[data-shape-type="geo"]')).toHaveCount(1)
  await page.screenshot({ path: testInfo.outputPath('board-under-csp.png') })
  for (const path of [`/b/${id}/share`, `/b/${id}/versions`, `/b/${id}/model`, '/account', '/']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(violations).toEqual([])
})

test('a session cookie captured before signing out is refused after it', async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, 'Leaving')
  const captured = (await page.context().cookies()).find(
    (cookie) => cookie.name === 'next-auth.session-token',
  )!
  const withCaptured = { headers: { cookie: `${captured.name}=${captured.value}` } }
  expect((await fetch(`${baseURL}/api/boards`, withCaptured)).status).toBe(200)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  const after = await fetch(`${baseURL}/api/boards`, withCaptured)
  expect(after.status).toBe(401)
})

test('sign-in posts are capped before next-auth reads them, with a 413 naming the limit', async ({
  request,
}) => {
  const answer = await request.post('/api/auth/callback/local', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: `name=${'a'.repeat(100 * 1024)}`,
  })
  expect(answer.status()).toBe(413)
  expect(((await answer.json()) as { error: string }).error).toContain('16 KiB')
})
