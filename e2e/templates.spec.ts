import fs from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { boardShown, cubeTitled, signIn } from './board-helpers'

test('a facilitator starts from the Mortgage loan network and reads its model back', async ({
  page,
}, testInfo) => {
  // Three heavy steps (a seven-cube board, the model view, a PDF made in the browser).
  test.setTimeout(120_000)
  await signIn(page, 'Fay')
  await page.getByLabel('Board title').fill('Mortgage workshop')
  await page.getByRole('radio', { name: /^Mortgage loan network/ }).check()
  await page.getByRole('button', { name: 'Create board' }).click()
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  await boardShown(page)
  const boardUrl = page.url()

  // The whole network is in view: seven cubes, eight links, departments written on them.
  await expect(page.locator('.cube')).toHaveCount(7)
  await expect(page.locator('.service-link')).toHaveCount(8)
  await expect(cubeTitled(page, 'Credit Risk')).toContainText('Risk Department')
  for (const cube of await page.locator('.cube').all()) await expect(cube).toBeInViewport()
  await page.screenshot({ path: testInfo.outputPath('mortgage-loan-network.png') })

  // The model view answers the facilitator's question about Home Loan.
  await page.goto(`${boardUrl}/model`)
  await page.getByLabel('Trace the cube').selectOption({ label: 'Home Loan' })
  await page.getByRole('button', { name: 'Trace' }).click()
  const reliesOn = page
    .getByRole('heading', { name: 'Home Loan relies on' })
    .locator('xpath=following-sibling::ol[1]')
  await expect(reliesOn.getByRole('listitem')).toHaveText([
    'Mortgage Loan (direct: Home Loan → Mortgage Loan)',
    'Credit Risk (2 steps: Home Loan → Mortgage Loan → Credit Risk)',
    'Payments (2 steps: Home Loan → Mortgage Loan → Payments)',
    'Reporting (2 steps: Home Loan → Mortgage Loan → Reporting)',
    'Customer Lifecycle Management (3 steps: Home Loan → Mortgage Loan → Credit Risk → Customer Lifecycle Management)',
  ])
  await page.screenshot({ path: testInfo.outputPath('model-view.png'), fullPage: true })

  // The handout for after the session is a PDF with pages.
  await page.goto(boardUrl)
  await boardShown(page)
  await page.getByRole('button', { name: 'Model' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Handout (PDF)' }).click()
  const pdf = await fs.readFile((await (await downloading).path())!)
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(2)
})

test('the Persona value zone template reads back with the coverage its cards show', async ({
  page,
}) => {
  await signIn(page, 'Fay')
  await page.getByLabel('Board title').fill('Value zone workshop')
  await page.getByRole('radio', { name: /Persona value zone/ }).check()
  await page.getByRole('button', { name: 'Create board' }).click()
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  await boardShown(page)
  const boardUrl = page.url()
  await expect(page.locator('.tl-shape')).not.toHaveCount(0)

  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await panel.getByRole('button', { name: 'Coverage' }).click()
  const figures = panel.locator('.coverage-figures')
  await expect(figures).toHaveCount(2)
  const onBoard = (await figures.allTextContents()).sort()

  await page.goto(`${boardUrl}/model`)
  const saved = page.getByRole('region', { name: /^Coverage of / }).locator('.coverage-figures')
  await expect(saved).toHaveCount(2)
  expect((await saved.allTextContents()).sort()).toEqual(onBoard)
  expect(onBoard.join(' ')).toMatch(/Overall 50% .*Overall 60%|Overall 60% .*Overall 50%/)
})
