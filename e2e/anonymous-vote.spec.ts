import { expect, test, type Page } from '@playwright/test'
import { asFacilitator, closeBoardContexts, join, openAsFacilitator } from './board-helpers'

test.afterEach(closeBoardContexts)

const bar = (page: Page) => page.getByRole('region', { name: 'Session' })
// How the vote panel names the template's cubes.
const creditRisk = 'Cube “Credit Risk”'
const payments = 'Cube “Payments”'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Dot vote' })

/** Adds a dot to the candidate named `what`, found by the panel's search. */
async function addDot(page: Page, what: string) {
  await panel(page).getByRole('searchbox').fill(what)
  await panel(page)
    .getByRole('button', { name: `Add a dot to ${what}`, exact: true })
    .click()
}

test('an anonymous vote counts dots through the server and names nobody', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Anonymous vote',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const { path } = (await asFacilitator(baseURL!, `/api/boards/${id}/invites`, {
    role: 'editor',
  })) as { path: string }
  const { page: fay } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  const { page: pat } = await join(browser, `${baseURL}${path}`, 'Pat')

  await bar(fay).getByRole('button', { name: 'Dot vote' }).click()
  await panel(fay).getByLabel('Question').fill('Where do we start?')
  await panel(fay).getByLabel('Dots per person').fill('2')
  await panel(fay).getByLabel('Anonymous').check()
  await panel(fay).getByRole('button', { name: 'Start the vote' }).click()

  await bar(pat)
    .getByRole('button', { name: /Vote: Where do we start\? · 2 of 2 dots left/ })
    .click()
  await expect(panel(pat).getByRole('status')).toHaveText('2 of 2 dots left · anonymous')
  await addDot(pat, creditRisk)
  await addDot(pat, creditRisk)
  await expect(panel(pat).getByRole('status')).toHaveText('0 of 2 dots left · anonymous')
  await expect(
    panel(pat).getByRole('button', { name: `Add a dot to ${creditRisk}`, exact: true }),
  ).toBeDisabled()
  await expect(panel(pat).getByLabel(`Your dots on ${creditRisk}`, { exact: true })).toHaveText('2')

  // After a reload the server tells Pat again which ballot is theirs: the dots are still theirs.
  await pat.reload()
  await expect(
    bar(pat).getByRole('button', { name: /Vote: Where do we start\? · 0 of 2 dots left/ }),
  ).toBeVisible({ timeout: 15_000 })
  await bar(pat)
    .getByRole('button', { name: /Vote: Where do we start\?/ })
    .click()
  await panel(pat).getByRole('searchbox').fill(creditRisk)
  await expect(panel(pat).getByLabel(`Your dots on ${creditRisk}`, { exact: true })).toHaveText('2')
  await panel(pat)
    .getByRole('button', { name: `Take a dot back from ${creditRisk}`, exact: true })
    .click()
  await expect(panel(pat).getByRole('status')).toHaveText('1 of 2 dots left · anonymous')

  // The facilitator's panel stayed open since they started the vote; they vote too.
  await addDot(fay, creditRisk)
  await addDot(fay, payments)
  await panel(fay).getByRole('button', { name: 'End vote and show results' }).click()
  for (const page of [pat, fay]) {
    const results = page.getByRole('list', { name: 'Vote results' }).getByRole('listitem')
    await expect(results).toHaveCount(2)
    await expect(results.nth(0)).toHaveText(`2 ● ${creditRisk}`)
    await expect(results.nth(1)).toHaveText(`1 ● ${payments}`)
  }
  await pat.screenshot({ path: testInfo.outputPath('anonymous-results.png') })
})
