import { expect, test } from '@playwright/test'

test('a new user creates a board from the home page and lands on it, connected', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Cubeboard' })).toBeVisible()
  await page.getByLabel('Board title').fill('Mortgage loan network')
  await page.getByRole('button', { name: 'Create board' }).click()

  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  // First visit in this browser: the board asks once for the name others will see.
  await page.getByLabel('Your name').fill('Ada')
  await page.getByRole('button', { name: 'Join the board' }).click()
  await expect(page.getByRole('heading', { name: 'Mortgage loan network' })).toBeVisible()
  await expect(page.getByRole('status').first()).toHaveText('Connected')

  await page.getByRole('link', { name: '← Boards' }).click()
  await expect(page.getByRole('link', { name: 'Mortgage loan network' })).toBeVisible()
})

test('a board that does not exist shows a not-found page', async ({ page }) => {
  const response = await page.goto('/b/doesnotexist0000')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
})

test('the HTTP API works for scripts', async ({ request }) => {
  expect((await request.get('/api/health')).status()).toBe(200)
  const created = await request.post('/api/boards', { data: { title: 'Scripted board' } })
  expect(created.status()).toBe(201)
  const { id } = await created.json()
  const token = await request.post(`/api/boards/${id}/token`, { data: { role: 'viewer' } })
  expect((await token.json()).role).toBe('viewer')
  const refused = await request.post('/api/boards', { data: { title: '' } })
  expect(refused.status()).toBe(400)
  expect((await refused.json()).error).toContain('title must not be empty')
})
