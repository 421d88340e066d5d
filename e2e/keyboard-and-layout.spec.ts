import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from './axe-check'
import {
  asFacilitator,
  closeBoardContexts,
  distanceFromCanvasCentre,
  focused,
  moreSessionControls,
  openAsFacilitator,
  tabTo,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const bar = (page: Page) => page.getByRole('region', { name: 'Session' })
const stylePanel = (page: Page) => page.getByTestId('style.panel')

/** A blank cube board, open in the facilitator's browser at 1280×800. */
async function blankBoard(browser: Parameters<typeof openAsFacilitator>[0], baseURL: string) {
  const { id } = (await asFacilitator(baseURL, '/api/boards', {
    title: 'Layout check',
    template: 'blank-cube',
  })) as { id: string }
  return (await openAsFacilitator(browser, baseURL, { id, url: '', viewUrl: '' })).page
}

test('the facilitator’s session bar is one row at 1280 px, with the rarer controls under More', async ({
  browser,
  baseURL,
}, testInfo) => {
  const page = await blankBoard(browser, baseURL!)
  // As busy as the bar gets: a step under way and the timer running.
  // Its first step starts the timer.
  await bar(page).getByRole('button', { name: 'Start the agenda' }).click()
  await expect(bar(page).getByRole('timer')).toBeVisible()
  await expect(bar(page)).toContainText('Step 1 of 4')

  const row = (await bar(page).getByRole('button', { name: 'Agenda', exact: true }).boundingBox())!
    .height
  const height = (await bar(page).boundingBox())!.height
  expect(height).toBeLessThan(row * 1.8)
  const overflows = await bar(page).evaluate((element) => element.scrollWidth > element.clientWidth)
  expect(overflows).toBe(false)

  for (const name of ['Bring everyone to me', 'Spotlight selection', 'Lock selection']) {
    await expect(bar(page).getByRole('button', { name })).toBeHidden()
  }
  const more = await moreSessionControls(page)
  for (const name of ['Bring everyone to me', 'Private mode', 'Spotlight selection']) {
    await expect(more.getByRole('button', { name })).toBeVisible()
  }
  await expect(more.getByRole('button', { name: 'Lock selection' })).toBeDisabled()
  // The menu lies over the canvas, under its button, not off-screen.
  const menuBox = (await more.boundingBox())!
  const buttonBox = (await bar(page).getByRole('button', { name: 'More' }).boundingBox())!
  expect(menuBox.y).toBeGreaterThanOrEqual(buttonBox.y + buttonBox.height - 1)
  expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(1280)
  await page.screenshot({ path: testInfo.outputPath('session-bar-more.png') })
  await page.keyboard.press('Escape')
  await expect(more).toBeHidden()
})

test('tldraw’s style panel stays away for cards, which have no styles, and for an empty selection, and comes back for a note', async ({
  browser,
  baseURL,
}) => {
  const page = await blankBoard(browser, baseURL!)
  const tools = ['cube', 'persona', 'organisation', 'value_zone']
  for (const [index, tool] of tools.entries()) {
    await page.getByTestId(`tools.${tool}`).click()
    await expect(stylePanel(page)).toHaveCount(0)
    await page.mouse.click(260 + index * 240, 500)
    await expect(page.locator(`.tl-shape[data-shape-type="${tool}"]`)).toHaveCount(1)
    // Made and selected (it can be deleted), with nothing to style.
    await expect(page.getByTestId('quick-actions.delete')).toBeEnabled()
    await expect(stylePanel(page)).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('quick-actions.delete')).toBeDisabled()
    // Nothing selected, the select tool in hand: no styles of shapes yet to be drawn.
    await expect(stylePanel(page)).toHaveCount(0)
  }
  await page.keyboard.press('n')
  await expect(stylePanel(page)).toBeVisible()
})

test('a cube made by a click just under the header lands wholly inside the visible canvas', async ({
  browser,
  baseURL,
}, testInfo) => {
  const page = await blankBoard(browser, baseURL!)
  const canvas = (await page.locator('.tl-canvas').boundingBox())!
  await page.getByTestId('tools.cube').click()
  await page.mouse.click(canvas.x + canvas.width - 60, canvas.y + 12)
  const cube = (await page.locator('.cube').boundingBox())!
  expect(cube.y).toBeGreaterThanOrEqual(canvas.y)
  expect(cube.x + cube.width).toBeLessThanOrEqual(canvas.x + canvas.width)
  expect(cube.y + cube.height).toBeLessThanOrEqual(canvas.y + canvas.height)
  await page.screenshot({ path: testInfo.outputPath('cube-under-header.png') })
  // Moving it in view is part of making it: one undo takes the cube away.
  await page.keyboard.press('Control+z')
  await expect(page.locator('.cube')).toHaveCount(0)
})

test('the skip link moves the keyboard to the canvas, and the Model panel takes it in when opened', async ({
  browser,
  baseURL,
}) => {
  const page = await blankBoard(browser, baseURL!)
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('Skip to canvas')
  await expect(focused(page)).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('.tl-container')).toBeFocused()
  // The canvas has the keyboard: its shortcuts work.
  await page.keyboard.press('c')
  await expect(page.getByTestId('tools.cube')).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('button', { name: 'Model', exact: true }).focus()
  await page.keyboard.press('Enter')
  const model = page.getByRole('complementary', { name: 'Board model' })
  await expect(model.getByRole('button', { name: 'Outline' })).toBeFocused()
})

test('keyboard users create a cube, a persona, an organisation and a frame in the middle of the view', async ({
  browser,
  baseURL,
}, testInfo) => {
  const page = await blankBoard(browser, baseURL!)
  const made = [
    { menu: 'Cube', type: 'cube', field: 'Offering', title: 'Mortgage Loan' },
    { menu: 'Persona', type: 'persona', field: 'Persona name', title: 'First-time buyer' },
    { menu: 'Organisation', type: 'organisation', field: 'Organisation name', title: 'Bank' },
    { menu: 'Frame', type: 'frame' },
  ]
  for (const [index, shape] of made.entries()) {
    // From the top of the page, then back from the canvas.
    await tabTo(page, 'Create', index === 0 ? 'Tab' : 'Shift+Tab')
    await page.keyboard.press('Enter')
    const menu = page.getByRole('group', { name: 'Create in the middle of the view' })
    await expect(menu).toBeVisible()
    await tabTo(page, shape.menu)
    await page.keyboard.press('Enter')
    await expect(menu).toBeHidden()
    const shown = page.locator(`.tl-shape[data-shape-type="${shape.type}"]`)
    await expect(shown).toHaveCount(1)
    await expect.poll(() => distanceFromCanvasCentre(page, shown)).toBeLessThan(40)
    if (shape.field) {
      // In editing with its title focused: typing names it.
      await expect(page.getByLabel(shape.field)).toBeFocused()
      await page.keyboard.type(shape.title)
      await expect(page.getByLabel(shape.field)).toHaveValue(shape.title)
      if (shape.type === 'cube')
        await page.screenshot({ path: testInfo.outputPath('created-cube.png') })
      await page.keyboard.press('Escape')
      await expect(shown).toContainText(shape.title)
    }
    // Out of editing, still selected, with the canvas holding the keyboard: Delete takes it
    // away again, which makes room for the next one in the middle.
    await expect(page.locator('.tl-container')).toBeFocused()
    await expect(page.getByTestId('quick-actions.delete')).toBeEnabled()
    await page.keyboard.press('Delete')
    await expect(shown).toHaveCount(0)
  }
})

test('axe finds nothing serious on the sign-in, dashboard, every kind of board, model, versions and share pages', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Mortgage network',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const page = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' }).then(
    (opened) => opened.page,
  )
  const found: Record<string, string[]> = {}
  // The board with its cubes drawn, as people see it.
  await expect(page.locator('.cube').first()).toBeVisible()
  found.board = await seriousViolations(page)
  const valueZone = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Value zone',
    template: 'persona-value-zone',
  })) as { id: string }
  await page.goto(`/b/${valueZone.id}`)
  await expect(page.locator('.persona-card').first()).toBeVisible()
  found.valueZoneBoard = await seriousViolations(page)
  await page.screenshot({ path: testInfo.outputPath('value-zone-board.png') })
  const journey = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Journey',
    template: 'home-loan-journey',
  })) as { id: string }
  await page.goto(`/b/${journey.id}`)
  await expect(page.locator('.tl-shape[data-shape-type="journey"]').first()).toBeVisible()
  found.journeyBoard = await seriousViolations(page)
  const pages = {
    dashboard: '/',
    model: `/b/${id}/model`,
    versions: `/b/${id}/versions`,
    share: `/b/${id}/share`,
  }
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(path)
    await expect(page.locator('h1').first()).toBeVisible()
    found[name] = await seriousViolations(page)
  }
  const signIn = await (await browser.newContext()).newPage()
  await signIn.goto(`${baseURL}/signin`)
  await expect(signIn.getByLabel('Your name')).toBeVisible()
  found.signIn = await seriousViolations(signIn)
  await signIn.context().close()
  expect(found).toEqual({
    board: [],
    valueZoneBoard: [],
    journeyBoard: [],
    dashboard: [],
    model: [],
    versions: [],
    share: [],
    signIn: [],
  })
})
