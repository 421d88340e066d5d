// The facilitator's bar on a 1280 px screen, tldraw's style panel and where new cubes land.
import { expect, test, type Page } from '@playwright/test'
import {
  asFacilitator,
  closeBoardContexts,
  cubeTitled,
  openAsFacilitator,
  type TestBoard,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const bar = (page: Page) => page.getByRole('region', { name: 'Session' })

async function mortgageBoard(baseURL: string, title: string): Promise<TestBoard> {
  const { id } = (await asFacilitator(baseURL, '/api/boards', {
    title,
    template: 'mortgage-loan-network',
  })) as { id: string }
  return { id, url: '', viewUrl: '' }
}

test('the session bar keeps to one row at 1280 px with a step, a timer and follow running', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await mortgageBoard(baseURL!, 'Bar at 1280')
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  const oneRow = (await bar(page).boundingBox())!.height
  await bar(page).getByRole('button', { name: 'Start the agenda' }).click()
  await bar(page).getByRole('button', { name: 'Start timer' }).click()
  await bar(page).getByRole('button', { name: 'Bring everyone to me' }).click()
  await expect(bar(page).getByRole('button', { name: 'Release everyone' })).toBeVisible()
  const box = (await bar(page).boundingBox())!
  expect(box.height).toBeLessThanOrEqual(oneRow + 1)
  expect(box.height).toBeLessThan(50)
  for (const control of await bar(page).getByRole('button').all()) {
    const at = (await control.boundingBox())!
    expect(at.x + at.width, (await control.textContent()) ?? '').toBeLessThanOrEqual(1280)
  }
  await bar(page).getByRole('button', { name: /^More/ }).click()
  await expect(
    bar(page).getByRole('group', { name: 'More session controls' }).getByRole('button', {
      name: 'End the agenda',
    }),
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('session-bar-1280.png') })
})

test('tldraw’s style panel stays closed for cubes, and a cube drawn near the top lands in view', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await mortgageBoard(baseURL!, 'Styles and edges')
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  const cube = (await cubeTitled(page, 'Mortgage Loan').boundingBox())!
  await page.mouse.click(cube.x + cube.width * 0.7, cube.y + cube.height * 0.75)
  await expect(page.locator('.tl-shape[data-shape-type="cube"]').first()).toBeVisible()
  await expect(page.locator('.tlui-style-panel')).toHaveCount(0)

  // A click just under the header makes a default-sized cube around it: all of it in view.
  await page.keyboard.press('Escape')
  const canvas = (await page.locator('.tl-canvas').boundingBox())!
  await page.getByTestId('tools.cube').click()
  await expect(page.locator('.tlui-style-panel')).toHaveCount(0)
  await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + 12)
  await page.keyboard.press('Escape')
  const drawn = page.locator('.cube').filter({ hasText: 'Untitled offering' })
  await expect(drawn).toHaveCount(1)
  const at = (await drawn.boundingBox())!
  expect(at.y).toBeGreaterThanOrEqual(canvas.y)
  expect(at.y + at.height).toBeLessThanOrEqual(canvas.y + canvas.height)
  await page.screenshot({ path: testInfo.outputPath('cube-near-top.png') })
})
