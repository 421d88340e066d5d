import { expect, test } from '@playwright/test'
import type { BoardModel } from '@/lib/model'
import { addRivalProvider } from '../test/helpers/rival-provider'
import { asFacilitator, closeBoardContexts, createBoard, openAsFacilitator } from './board-helpers'

test.afterEach(closeBoardContexts)

/** The Mortgage loan network with a second provider drawn for one of its steps. */
async function networkWithTwoProviders(baseURL: string) {
  const template = (await asFacilitator(baseURL, '/api/boards', {
    title: 'Template',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const model = (await asFacilitator(baseURL, `/api/boards/${template.id}/model`)) as BoardModel
  const { kept, rival, step } = addRivalProvider(model)
  const board = await createBoard(baseURL, 'Two providers', model)
  return { board, kept, rival, step }
}

test('a second provider for a step shows as a conflict on the canvas and in Gaps, and one click settles it', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { board, kept, rival, step } = await networkWithTwoProviders(baseURL!)
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  const conflict = `${step.text} already has a provider: ${kept.text}`

  // Both arrows are drawn; the losing one says why it does not count.
  const marked = page.locator('.service-link-conflict')
  await expect(marked).toHaveCount(1)
  await expect(marked).toContainText(`⚠ Conflict: ${conflict}`)
  await expect(
    page.locator('.service-link', { hasText: `${rival.text} → ${step.text}` }),
  ).toHaveCount(1)
  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await panel.getByRole('button', { name: 'Gaps' }).click()
  const conflicts = panel.getByRole('region', { name: 'Conflicting providers' })
  await expect(conflicts).toContainText(conflict)
  // The other service is not called unused while its arrow shows it serving.
  await expect(
    panel.getByRole('region', { name: 'Services no other cube consumes' }),
  ).not.toContainText(rival.text)
  await page.screenshot({ path: testInfo.outputPath('conflict.png') })

  await conflicts.getByRole('button', { name: `Keep ${kept.text}` }).click()
  await expect(marked).toHaveCount(0)
  await expect(conflicts.getByRole('heading')).toContainText('0')
  await expect(
    page.locator('.service-link', { hasText: `${rival.text} → ${step.text}` }),
  ).toHaveCount(0)
  // One undo brings the other provider back, still a conflict.
  await page.keyboard.press('Control+z')
  await expect(marked).toHaveCount(1)
})

test('the model panel and page show what each department provides to and relies on from the others', async ({
  browser,
  baseURL,
}) => {
  const template = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Departments',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const board = { id: template.id, url: '', viewUrl: '' }
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await panel.getByRole('button', { name: 'Departments' }).click()
  const risk = panel.getByRole('region', { name: 'Risk Department' })
  await expect(risk).toContainText('Provides')
  await expect(risk).toContainText('Relies on')
  await expect(risk).toContainText('Credit Application')

  await page.goto(`/b/${board.id}/model`)
  const section = page.getByRole('region', { name: 'Departments' })
  await expect(section.getByRole('region', { name: 'Risk Department' })).toContainText(
    'Credit Application',
  )
})
