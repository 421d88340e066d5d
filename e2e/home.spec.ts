import { expect, test } from '@playwright/test'
import { boardShown, sessionCookie, signIn } from './board-helpers'

test('a new user signs in, creates a board from the home page and lands on it, connected', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Your name').fill('Ada')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByText('Signed in as Ada')).toBeVisible()
  await page.getByLabel('Board title').fill('Mortgage loan network')
  await page.getByRole('button', { name: 'Create board' }).click()

  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  await boardShown(page)
  await expect(page.getByRole('heading', { name: 'Mortgage loan network' })).toBeVisible()

  await page.getByRole('link', { name: '← Boards' }).click()
  await expect(page.getByRole('link', { name: 'Mortgage loan network' })).toBeVisible()
})

test('a board that does not exist, or is not yours, shows a not-found page', async ({
  page,
  baseURL,
}) => {
  const signedOut = await page.goto('/b/doesnotexist0000')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/)
  expect(signedOut?.status()).toBe(200)
  await signIn(page, 'Nosy')
  const response = await page.goto('/b/doesnotexist0000')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
  // Someone else's board answers exactly the same.
  const created = await fetch(`${baseURL}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await sessionCookie(baseURL!) },
    body: JSON.stringify({ title: 'Not for Nosy' }),
  })
  const { id } = await created.json()
  expect((await page.goto(`/b/${id}`))?.status()).toBe(404)
})

test('the HTTP API works for scripts with an API key', async ({ request, baseURL }) => {
  expect((await request.get('/api/health')).status()).toBe(200)
  expect((await request.post('/api/boards', { data: { title: 'x' } })).status()).toBe(401)
  const made = await fetch(`${baseURL}/api/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await sessionCookie(baseURL!) },
    body: JSON.stringify({ name: 'e2e script' }),
  })
  const { key } = await made.json()
  const headers = { authorization: `Bearer ${key}` }
  const created = await request.post('/api/boards', { data: { title: 'Scripted board' }, headers })
  expect(created.status()).toBe(201)
  const { id } = await created.json()
  const token = await request.post(`/api/boards/${id}/token`, {
    data: { role: 'viewer' },
    headers,
  })
  expect((await token.json()).role).toBe('viewer')
  const refused = await request.post('/api/boards', { data: { title: '' }, headers })
  expect(refused.status()).toBe(400)
  expect((await refused.json()).error).toContain('title must not be empty')
})
