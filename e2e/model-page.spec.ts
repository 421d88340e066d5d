import { expect, test, type Browser, type BrowserContextOptions } from '@playwright/test'
import type { BoardModel } from '@/lib/model'
import { asFacilitator, closeBoardContexts, newBoardContext, sessionCookie } from './board-helpers'

test.afterEach(closeBoardContexts)

/** A template board and its model, as a facilitator's script makes and reads them. */
async function mortgageBoard(baseURL: string, title: string) {
  const { id } = (await asFacilitator(baseURL, '/api/boards', {
    title,
    template: 'mortgage-loan-network',
  })) as { id: string }
  const model = (await asFacilitator(baseURL, `/api/boards/${id}/model`)) as BoardModel
  const cube = (title: string) => model.cubes.find((c) => c.title === title)!.id
  const item = (cubeTitle: string, text: string) =>
    model.items.find(
      (i) => i.cubeId === cube(cubeTitle) && i.text === text && i.kind === 'service',
    )!.id
  return { id, model, cube, item }
}

/** A signed-in facilitator's page at 1280×800, without opening the canvas. */
async function facilitatorPage(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
) {
  const context =
    options.javaScriptEnabled === false
      ? await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })
      : await newBoardContext(browser)
  const [name, value] = (await sessionCookie(baseURL)).split('=') as [string, string]
  await context.addCookies([{ name, value, url: baseURL }])
  return context.newPage()
}

test('tracing another cube on the model page redraws the trace and the picture in place', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await mortgageBoard(baseURL!, 'Trace in place')
  const page = await facilitatorPage(browser, baseURL!)
  await page.goto(
    `${baseURL}/b/${board.id}/model?cube=${encodeURIComponent(board.cube('Mortgage Loan'))}`,
  )
  const picture = page.getByRole('img', { name: /^The service network/ })
  await expect(picture.locator('.network-cube[data-traced]')).toHaveCount(board.model.cubes.length)
  // A page load would lose this, and fire a load event.
  await page.evaluate(() => Object.assign(window, { stayedOnPage: true }))
  // Changing the address with history.replaceState is a same-document navigation; a load is not.
  let loads = 0
  page.on('load', () => loads++)

  const clm = board.cube('Customer Lifecycle Management')
  await page.getByLabel('Trace the cube').selectOption(clm)
  const trace = page.getByRole('region', { name: 'Dependencies' })
  await expect(
    trace.getByRole('heading', { name: 'Relies on Customer Lifecycle Management' }),
  ).toBeVisible()
  await expect(trace).toContainText(
    'Credit Risk (direct: Customer Lifecycle Management → Credit Risk)',
  )
  await expect(trace).toContainText('Home Loan')
  // CLM, and the four cubes that rely on it; Payments and Reporting are not on its path.
  await expect(picture.locator('.network-cube[data-traced]')).toHaveCount(5)
  await expect(picture.locator(`.network-cube[data-cube-id="${clm}"]`)).toHaveAttribute(
    'data-traced',
    'true',
  )
  await expect(
    picture.locator(`.network-cube[data-cube-id="${board.cube('Payments')}"]`),
  ).not.toHaveAttribute('data-traced')
  expect(await page.evaluate(() => 'stayedOnPage' in window)).toBe(true)
  expect(loads).toBe(0)
  // The address says what is traced, so a copied link opens the same trace.
  expect(new URL(page.url()).searchParams.get('cube')).toBe(clm)
  await trace.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('model-page-trace.png') })

  await page.reload()
  await expect(page.getByLabel('Trace the cube')).toHaveValue(clm)
  await expect(picture.locator('.network-cube[data-traced]')).toHaveCount(5)
})

test('the model page answers "if this fails" in place and marks what fails on the picture', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await mortgageBoard(baseURL!, 'Impact in place')
  const page = await facilitatorPage(browser, baseURL!)
  await page.goto(`${baseURL}/b/${board.id}/model`)
  await page.evaluate(() => Object.assign(window, { stayedOnPage: true }))
  // Changing the address with history.replaceState is a same-document navigation; a load is not.
  let loads = 0
  page.on('load', () => loads++)

  const kyc = board.item('Customer Lifecycle Management', 'KYC')
  await page.getByLabel('If this fails', { exact: true }).selectOption(kyc)
  const section = page.getByRole('region', { name: 'Impact: if this fails' })
  const cubes = section.getByRole('region', { name: 'Cubes that fail with it' })
  await expect(cubes.locator('.count')).toHaveText('4')
  await expect(cubes).toContainText(
    'Mortgage Loan (Customer Lifecycle Management → Credit Risk → Mortgage Loan)',
  )
  await expect(section.getByRole('region', { name: 'Customer offerings' })).toBeVisible()
  await expect(section.getByRole('region', { name: 'Personas who lose coverage' })).toBeVisible()
  const picture = page.getByRole('img', { name: /^The service network/ })
  await expect(picture.locator('.network-cube[data-affected]')).toHaveCount(5)
  await expect(picture.locator('.network-cube[data-traced]')).toHaveCount(0)
  await expect(page.locator('figure.network-picture figcaption')).toContainText('is bold and red')
  expect(await page.evaluate(() => 'stayedOnPage' in window)).toBe(true)
  expect(loads).toBe(0)
  expect(new URL(page.url()).searchParams.get('impactOf')).toBe(kyc)
  await picture.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('model-page-impact-picture.png') })
  await section.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('model-page-impact.png') })

  // Tracing afterwards gives the picture back to the trace.
  await page.getByLabel('Trace the cube').selectOption(board.cube('Customer Lifecycle Management'))
  await expect(picture.locator('.network-cube[data-affected]')).toHaveCount(0)
  await expect(picture.locator('.network-cube[data-traced]')).toHaveCount(5)

  // A whole cube: everything downstream of Credit Risk, from the same function as the panel.
  await page.getByLabel('If this fails', { exact: true }).selectOption(board.cube('Credit Risk'))
  await expect(cubes.locator('.count')).toHaveText('3')
  await expect(picture.locator('.network-cube[data-affected]')).toHaveCount(4)
  expect(loads).toBe(0)
})

test('without JavaScript the trace and impact forms reload the page with the answer', async ({
  browser,
  baseURL,
}) => {
  const board = await mortgageBoard(baseURL!, 'Model page without scripts')
  const page = await facilitatorPage(browser, baseURL!, { javaScriptEnabled: false })
  await page.goto(`${baseURL}/b/${board.id}/model`)
  await page.getByLabel('Trace the cube').selectOption(board.cube('Credit Risk'))
  await page.getByRole('button', { name: 'Trace' }).click()
  await expect(page).toHaveURL(/\?cube=/)
  await expect(page.getByRole('heading', { name: 'Credit Risk relies on' })).toBeVisible()
  await page
    .getByLabel('If this fails', { exact: true })
    .selectOption(board.item('Customer Lifecycle Management', 'KYC'))
  await page.getByRole('button', { name: 'Show the impact' }).click()
  await expect(page).toHaveURL(/impactOf=/)
  // The trace chosen before stays chosen.
  await expect(page.getByRole('heading', { name: 'Credit Risk relies on' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Cubes that fail with it' }).locator('.count'),
  ).toHaveText('4')
  await expect(page.locator('.network-cube[data-affected]')).toHaveCount(5)
  await page.context().close()
})
