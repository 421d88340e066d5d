import { expect, test, type Page } from '@playwright/test'
import { boardShown, closeBoardContexts, join, newBoardContext, signIn } from './board-helpers'

test.afterEach(closeBoardContexts)

const shapes = (page: Page) => page.locator('.tl-shape')

async function drawRectangle(page: Page, from: [number, number], to: [number, number]) {
  await page.keyboard.press('r')
  await page.mouse.move(...from)
  await page.mouse.down()
  await page.mouse.move(...to, { steps: 6 })
  await page.mouse.up()
  await page.keyboard.press('Escape')
}

test('a facilitator invites a guest who edits, a view link cannot edit, and a restored version brings the board back', async ({
  browser,
  baseURL,
}) => {
  const facilitator = await newBoardContext(browser)
  await facilitator.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  const page = await facilitator.newPage()
  await signIn(page, 'Fiona')
  await page.getByLabel('Board title').fill('Invite workshop')
  await page.getByRole('radio', { name: /Blank cube board/ }).check()
  await page.getByRole('button', { name: 'Create board' }).click()
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  await boardShown(page)
  const boardUrl = page.url()
  await expect(page.getByRole('status').first()).toHaveText('Connected')

  // Share: an edit link, copied with the button, and a view link.
  await page.getByRole('link', { name: 'Share' }).click()
  await page.getByLabel('Role').selectOption('editor')
  await page.getByRole('button', { name: 'Create invite link' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
  const editLink = await page.evaluate(() => navigator.clipboard.readText())
  expect(editLink).toMatch(/\/join\/inv_/)
  await page.getByLabel('Role').selectOption('viewer')
  await page.getByRole('button', { name: 'Create invite link' }).click()
  await expect(page.getByLabel('New invite link')).not.toHaveValue(editLink)
  const viewLink = await page.getByLabel('New invite link').inputValue()

  // A guest joins by name from the edit link and draws.
  const guest = await join(browser, editLink, 'Gus')
  await drawRectangle(guest.page, [300, 250], [450, 380])
  await page.goto(boardUrl)
  await boardShown(page)
  await expect(shapes(page)).toHaveCount(1)

  // The view link shows the board and changes nothing.
  const viewer = await join(browser, viewLink, 'Vera')
  await expect(viewer.page.getByText('View only')).toBeVisible()
  await expect(shapes(viewer.page)).toHaveCount(1)
  await drawRectangle(viewer.page, [500, 400], [600, 500])
  await viewer.page.keyboard.press('Control+a')
  await viewer.page.keyboard.press('Delete')
  await guest.page.waitForTimeout(500)
  await expect(shapes(guest.page)).toHaveCount(1)

  // The members list shows both guests, with their roles.
  await page.goto(`${boardUrl}/share`)
  const members = page.getByRole('list', { name: 'Members' })
  await expect(members).toContainText('Gus (guest)')
  await expect(members).toContainText('Vera (guest)')

  // Save a named version, change the board, restore: the board is back, for everyone.
  await page.goto(`${boardUrl}/versions`)
  await page.getByLabel('Version name').fill('after workshop 1')
  await page.getByRole('button', { name: 'Save version' }).click()
  await expect(page.getByRole('link', { name: 'after workshop 1' })).toBeVisible()
  await drawRectangle(guest.page, [550, 250], [650, 330])
  await expect(shapes(guest.page)).toHaveCount(2)
  await page.getByRole('button', { name: 'Restore after workshop 1' }).click()
  await expect(page).toHaveURL(boardUrl)
  await expect(shapes(page)).toHaveCount(1)
  await expect(shapes(guest.page)).toHaveCount(1)
  await expect(shapes(viewer.page)).toHaveCount(1)

  // Nothing is lost: the board as it was before the restore is a version of its own.
  await page.goto(`${boardUrl}/versions`)
  await expect(
    page.getByRole('link', { name: /^Before restoring “after workshop 1”/ }),
  ).toBeVisible()
  await page.getByRole('button', { name: /^Restore Before restoring/ }).click()
  await expect(shapes(page)).toHaveCount(2)
  await expect(shapes(guest.page)).toHaveCount(2)
})
