// axe-core on every page a workshop goes through: no violations, the board canvas included.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  asFacilitator,
  closeBoardContexts,
  cubeTitled,
  join,
  newBoardContext,
  openAsFacilitator,
  type TestBoard,
} from './board-helpers'

test.afterEach(closeBoardContexts)

/** The page's axe violations, each as "rule: how many · first element", for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.length} · ${violation.nodes[0]?.target.join(' ')}`,
  )
}

async function templateBoard(baseURL: string, template: string): Promise<TestBoard> {
  const { id } = (await asFacilitator(baseURL, '/api/boards', {
    title: `Axe ${template}`,
    template,
  })) as { id: string }
  const invite = async (role: string) =>
    `${baseURL}${((await asFacilitator(baseURL, `/api/boards/${id}/invites`, { role })) as { path: string }).path}`
  return { id, url: await invite('editor'), viewUrl: await invite('viewer') }
}

test('the signed-out pages have no axe violations', async ({ browser }) => {
  const page = await (await newBoardContext(browser)).newPage()
  for (const path of ['/', '/signin']) {
    await page.goto(path)
    expect(await violations(page), path).toEqual([])
  }
})

test('the facilitator’s pages have no axe violations: dashboard, board, model, versions, share, account', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const board = await templateBoard(baseURL!, 'mortgage-loan-network')
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  expect(await violations(page), 'cube board').toEqual([])
  // With a cube open for editing, its fields and item buttons take part too.
  const cube = (await cubeTitled(page, 'Mortgage Loan').boundingBox())!
  await page.mouse.click(cube.x + cube.width * 0.7, cube.y + cube.height * 0.75)
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Offering')).toBeVisible()
  expect(await violations(page), 'cube board, a cube in editing').toEqual([])
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Model' }).click()
  expect(await violations(page), 'cube board with the Model panel').toEqual([])

  const valueZone = await templateBoard(baseURL!, 'persona-value-zone')
  await page.goto(`/b/${valueZone.id}`)
  await expect(page.locator('.board-screen')).toHaveAttribute('data-synced', 'true')
  expect(await violations(page), 'value-zone board').toEqual([])

  for (const path of [
    '/',
    `/b/${board.id}/model`,
    `/b/${board.id}/versions`,
    `/b/${board.id}/share`,
    '/account',
  ]) {
    await page.goto(path)
    expect(await violations(page), path).toEqual([])
  }
})

test('a guest’s pages have no axe violations: the invite, the board, the dashboard', async ({
  browser,
  baseURL,
}) => {
  const board = await templateBoard(baseURL!, 'mortgage-loan-network')
  const invite = await (await newBoardContext(browser)).newPage()
  await invite.goto(board.url)
  expect(await violations(invite), 'invite page').toEqual([])

  const { page } = await join(browser, board.url, 'Gus')
  expect(await violations(page), 'board as a guest').toEqual([])
  await page.goto('/')
  expect(await violations(page), 'guest dashboard').toEqual([])
})
