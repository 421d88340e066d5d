// Automatic versions: one per session of work, folded in the versions list.
import { expect, test } from '@playwright/test'
import {
  asFacilitator,
  closeBoardContexts,
  createBoard,
  drawCube,
  join,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

test('a session of work leaves one automatic version, and automatic versions fold in the list', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Versions fold')
  const versions = async () =>
    (
      (await asFacilitator(baseURL!, `/api/boards/${board.id}/versions`)) as {
        versions: { id: string; name: string; automatic: boolean }[]
      }
    ).versions

  // Two visits with edits, as a participant reloading would make: one version between them.
  for (const title of ['Home Loan', 'Mortgage Loan']) {
    const { context, page } = await join(browser, board.url, 'Ada')
    await drawCube(page, { x: 300, y: 300 + (title === 'Home Loan' ? 0 : 200) }, title, 'Sales')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await context.close()
    await expect.poll(async () => (await versions()).length, { timeout: 20_000 }).toBe(1)
  }
  expect((await versions())[0]!.name).toMatch(/^Session ended /)

  // Restoring twice keeps the board before each restore: automatic versions in a row.
  const named = (await asFacilitator(baseURL!, `/api/boards/${board.id}/versions`, {
    name: 'After the workshop',
  })) as { id: string }
  for (let restore = 0; restore < 2; restore++) {
    await asFacilitator(baseURL!, `/api/boards/${board.id}/versions/${named.id}/restore`, {})
  }

  const { page } = await openAsFacilitator(browser, baseURL!, board)
  await page.goto(`/b/${board.id}/versions`)
  const list = page.getByRole('list', { name: 'Versions' })
  await expect(list.getByRole('link', { name: 'After the workshop' })).toBeVisible()
  const fold = list.locator('details')
  await expect(fold.locator('summary')).toHaveText(/^2 automatic versions/)
  await expect(fold.getByRole('link', { name: /^Before restoring/ }).first()).toBeHidden()
  await page.screenshot({ path: testInfo.outputPath('versions-folded.png') })
  await fold.locator('summary').click()
  await expect(fold.getByRole('link', { name: /^Before restoring/ })).toHaveCount(2)
  await expect(list.getByRole('link', { name: /^Session ended/ })).toBeVisible()
})
