// Without a pointer: skip to the canvas, add cubes, personas, organisations and frames, open the Model panel.
import { expect, test, type Page } from '@playwright/test'
import {
  closeBoardContexts,
  createBoard,
  distanceFromCanvasCentre,
  focused,
  join,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const shapes = (page: Page, type: string) => page.locator(`.tl-shape[data-shape-type="${type}"]`)

/** Opens "Add" from the keyboard and picks an entry. */
async function addByKeyboard(page: Page, entry: string) {
  await page.getByRole('button', { name: /^Add/ }).focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('group', { name: 'Add to the board' })
  await expect(menu.getByRole('button').first()).toBeFocused()
  await menu.getByRole('button', { name: entry, exact: true }).focus()
  await page.keyboard.press('Enter')
}

test('a keyboard user skips to the canvas and adds a cube, persona, organisation and frame at the centre of the view', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Keyboard only')
  const { page } = await join(browser, board.url, 'Kim')

  // The page's first stop is the skip link, and it puts the keyboard on the canvas.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('Skip to the canvas')
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.evaluate(() => !!document.activeElement?.closest('.tl-container')))
    .toBe(true)

  await addByKeyboard(page, 'Cube')
  await expect(page.getByLabel('Offering')).toBeFocused()
  await page.keyboard.type('Home Loan')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Retail Sales')
  await page.keyboard.press('Enter')
  for (let press = 0; press < 3; press++) await page.keyboard.press('Escape')
  await expect(shapes(page, 'cube')).toHaveCount(1)
  await expect(shapes(page, 'cube')).toContainText('Home Loan')
  expect(await distanceFromCanvasCentre(page, shapes(page, 'cube'))).toBeLessThan(40)

  await addByKeyboard(page, 'Persona')
  await expect(shapes(page, 'persona')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  expect(await distanceFromCanvasCentre(page, shapes(page, 'persona'))).toBeLessThan(40)

  await addByKeyboard(page, 'Organisation')
  await expect(shapes(page, 'organisation')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await addByKeyboard(page, 'Frame')
  await expect(shapes(page, 'frame')).toHaveCount(1)
  await page.keyboard.press('Escape')
  expect(await distanceFromCanvasCentre(page, shapes(page, 'frame'))).toBeLessThan(40)
  await page.screenshot({ path: testInfo.outputPath('keyboard-created.png') })
})

test('opening the Model panel puts the keyboard in it', async ({ browser, baseURL }) => {
  const board = await createBoard(baseURL!, 'Model by keyboard')
  const { page } = await join(browser, board.url, 'Kim')
  await page.getByRole('button', { name: 'Model' }).focus()
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.evaluate(() => !!document.activeElement?.closest('.model-panel')))
    .toBe(true)
})
