import { expect, test, type Page } from '@playwright/test'
import {
  closeBoardContexts,
  createBoard,
  cubeTitled,
  drawCube,
  focused,
  join,
} from './board-helpers'

test.afterEach(closeBoardContexts)

/** Presses Tab (or Shift+Tab) until the focused element reads `text`. */
async function tabTo(page: Page, text: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 25; presses++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? null)) === text) return
    await page.keyboard.press(key)
  }
  await expect(focused(page)).toHaveText(text)
}

/** Adds one item through the cube's "+ kind" button, by keyboard. */
async function addItem(page: Page, addButton: string, text: string) {
  await tabTo(page, addButton)
  await page.keyboard.press('Enter')
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

test('a service of one cube is linked to a process step of another; the link survives reload and goes with its cube', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Service links')
  const url = board.url
  const ada = await join(browser, url, 'Ada')
  const { page } = ada

  await drawCube(page, { x: 180, y: 200 }, 'Customer Lifecycle Management', 'CLM Department')
  await addItem(page, '+ service', 'KYC')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await drawCube(page, { x: 900, y: 200 }, 'Credit Risk', 'Risk Department')
  await tabTo(page, '↻ Back Stage', 'Shift+Tab')
  await page.keyboard.press('Enter')
  await addItem(page, '+ process', 'Credit Granting')
  await addItem(page, '+ step', 'Know your customer')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Link services' }).click()
  const dialog = page.getByRole('dialog', { name: 'Link a service to the step it serves' })
  await dialog
    .getByLabel('Service (Front Stage)')
    .selectOption({ label: 'KYC — Customer Lifecycle Management' })
  await dialog
    .getByLabel('serves the step (Back Stage)')
    .selectOption({ label: 'Know your customer — Credit Risk › Credit Granting' })
  await dialog.getByLabel('Words on the link (optional)').fill('before any credit decision')
  await dialog.getByRole('button', { name: 'Link' }).click()
  await expect(dialog).toBeHidden()
  const link = page.locator('.service-link')
  await expect(link).toHaveCount(1)
  await expect(link).toContainText('KYC → Know your customer')
  await expect(link).toContainText('before any credit decision')
  // Both cubes say it too, in words.
  await expect(cubeTitled(page, 'Customer Lifecycle Management')).toContainText(
    '→ serves Credit Risk',
  )
  await expect(cubeTitled(page, 'Credit Risk')).toContainText(
    '← from Customer Lifecycle Management',
  )
  await page.screenshot({ path: testInfo.outputPath('linked.png') })

  // Double-clicking the link edits its words.
  const words = await link.locator('text').first().boundingBox()
  await page.mouse.dblclick(words!.x + words!.width / 2, words!.y + words!.height / 2)
  const input = page.getByLabel('Words on the link')
  await expect(input).toBeFocused()
  await input.fill('before the credit decision')
  await page.keyboard.press('Enter')
  await expect(input).toBeHidden()
  await expect(link).toContainText('before the credit decision')

  // The same step cannot get a second provider: offered, but refused with the reason.
  await page.getByRole('button', { name: 'Link services' }).click()
  await dialog
    .getByLabel('Service (Front Stage)')
    .selectOption({ label: 'KYC — Customer Lifecycle Management' })
  await expect(
    dialog.getByRole('option', { name: /Know your customer .* already serves that step/ }),
  ).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // Another participant opens the board later: still linked.
  const bo = await join(browser, url, 'Bo')
  await expect(bo.page.locator('.service-link')).toContainText('KYC → Know your customer')
  await expect(bo.page.locator('.service-link')).toContainText('before the credit decision')

  // Deleting the provider cube takes its link along, for everyone; undo brings both back.
  const provider = await cubeTitled(page, 'Customer Lifecycle Management').boundingBox()
  // An empty part of its Experience face selects the cube.
  await page.mouse.click(provider!.x + provider!.width * 0.7, provider!.y + provider!.height * 0.75)
  await page.keyboard.press('Delete')
  await expect(page.locator('.service-link')).toHaveCount(0)
  await expect(bo.page.locator('.service-link')).toHaveCount(0)
  await expect(bo.page.locator('.cube')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(page.locator('.service-link')).toHaveCount(1)
  await expect(bo.page.locator('.service-link')).toContainText('KYC → Know your customer')
  await expect(bo.page.locator('.cube')).toHaveCount(2)
})
