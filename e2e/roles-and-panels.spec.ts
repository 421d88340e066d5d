// Guests see only what they may do; the dashboard's links, the outline's bullets and the Model panel's tabs lay out right.
import { expect, test } from '@playwright/test'
import {
  asFacilitator,
  closeBoardContexts,
  join,
  openAsFacilitator,
  signIn,
  newBoardContext,
} from './board-helpers'

test.afterEach(closeBoardContexts)

test('a guest is not offered Duplicate, which guests may not do; a signed-in member is', async ({
  browser,
  baseURL,
}) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Guests and copies',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const { path } = (await asFacilitator(baseURL!, `/api/boards/${id}/invites`, {
    role: 'editor',
  })) as { path: string }
  const { page: guest } = await join(browser, `${baseURL}${path}`, 'Gus')
  await guest.goto('/')
  const row = guest.getByRole('list', { name: 'Boards' }).getByRole('listitem')
  await expect(row).toContainText('Guests and copies')
  await expect(row.getByRole('button', { name: 'Duplicate' })).toHaveCount(0)

  const member = await (await newBoardContext(browser)).newPage()
  await signIn(member, 'Facilitator')
  await member.goto('/')
  await expect(
    member
      .getByRole('list', { name: 'Boards' })
      .getByRole('listitem')
      .filter({ hasText: 'Guests and copies' })
      .getByRole('button', { name: 'Duplicate' }),
  ).toBeVisible()

  // "Account and API keys" and "Sign out" stand apart.
  const account = (await member.getByRole('link', { name: 'Account and API keys' }).boundingBox())!
  const signOut = (await member.getByRole('button', { name: 'Sign out' }).boundingBox())!
  expect(signOut.x - (account.x + account.width)).toBeGreaterThanOrEqual(8)
})

test('the Model panel shows every tab, and outline entries that wrap keep their bullet on their first line', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Panel layout',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  const edge = (await panel.boundingBox())!
  for (const tab of ['Outline', 'Dependencies', 'Coverage', 'Gaps']) {
    const box = (await panel.getByRole('button', { name: tab, exact: true }).boundingBox())!
    expect(box.x + box.width, tab).toBeLessThanOrEqual(edge.x + edge.width)
  }
  // A list marker sits on the first line box's baseline; a button baseline-aligned there is
  // an inline block whose baseline is its last line, which put "1." by a step's last line.
  const step = panel.getByRole('button', { name: 'Process step: Screen sanctions lists' })
  await expect(step).toBeVisible()
  expect(await step.evaluate((button) => getComputedStyle(button).verticalAlign)).toBe('top')
  await page.screenshot({ path: testInfo.outputPath('model-panel.png') })
})
