// Dot voting on the canvas: click to place, Alt+click to take back, results shown to all when the vote ends.
import { expect, test, type Page } from '@playwright/test'
import { mortgageLoanNetwork } from '@/lib/kinds/cube-network/mortgage-loan-network'
import {
  closeBoardContexts,
  createBoard,
  cubeTitled,
  join,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const bar = (page: Page) => page.getByRole('region', { name: 'Session' })

/** Clicks the middle of an element of the canvas, with Alt to take a dot back. */
async function clickOn(page: Page, target: ReturnType<Page['locator']>, takeBack = false) {
  const box = (await target.boundingBox())!
  if (takeBack) await page.keyboard.down('Alt')
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  if (takeBack) await page.keyboard.up('Alt')
}

test('participants place and take back dots by clicking the canvas, and see the results when the vote ends', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const board = await createBoard(baseURL!, 'Vote on the canvas', mortgageLoanNetwork)
  const { page: fay } = await openAsFacilitator(browser, baseURL!, board)
  const { page: pat } = await join(browser, board.url, 'Pat')

  await bar(fay).getByRole('button', { name: 'Dot vote' }).click()
  const votePanel = fay.getByRole('complementary', { name: 'Dot vote' })
  await votePanel.getByLabel('Question').fill('Where does it hurt?')
  await votePanel.getByRole('button', { name: 'Start the vote' }).click()

  const banner = pat.locator('.vote-banner')
  await expect(banner).toContainText('3 of 3 dots left')
  const kyc = cubeTitled(pat, 'Customer Lifecycle Management').locator('[data-vote-target]', {
    hasText: 'KYC',
  })
  await clickOn(pat, kyc.first())
  await clickOn(pat, kyc.first())
  await expect(banner).toContainText('1 of 3 dots left')
  // A click on a cube's top puts the dot on the cube itself.
  await clickOn(pat, cubeTitled(pat, 'Payments').locator('.cube-top'))
  await expect(banner).toContainText('0 of 3 dots left')
  await clickOn(pat, kyc.first())
  await expect(banner).toContainText('no dots left')
  await clickOn(pat, kyc.first(), true)
  await expect(banner).toContainText('1 of 3 dots left')
  await pat.screenshot({ path: testInfo.outputPath('voting-on-canvas.png') })

  await votePanel.getByRole('button', { name: 'End vote and show results' }).click()
  const results = pat.getByRole('list', { name: 'Vote results' }).getByRole('listitem')
  await expect(results).toHaveCount(2)
  await expect(results.nth(0)).toContainText('1 ●')
  await expect(pat.locator('.vote-banner')).toHaveCount(0)
  await pat.screenshot({ path: testInfo.outputPath('results-for-participant.png') })
})
