import { expect, test, type Page } from '@playwright/test'
import type { BoardModel } from '@/lib/model'
import {
  asFacilitator,
  closeBoardContexts,
  createBoard,
  cubeTitled,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

type Box = { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** How many pairs of cubes on screen lie over each other. */
async function overlappingPairs(page: Page): Promise<number> {
  const boxes = (await page.locator('.cube').evaluateAll((cubes) =>
    cubes.map((cube) => {
      const { x, y, width, height } = cube.getBoundingClientRect()
      return { x, y, width, height }
    }),
  )) as Box[]
  let pairs = 0
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) if (overlap(a, b)) pairs++
  return pairs
}

test('an imported network arrives laid out; Tidy up lays a messed-up board out again, in one undo step', async ({
  browser,
  baseURL,
}, testInfo) => {
  const template = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Template',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const model = (await asFacilitator(baseURL!, `/api/boards/${template.id}/model`)) as BoardModel
  const board = await createBoard(baseURL!, 'Imported network', model)
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  await expect(page.locator('.cube')).toHaveCount(model.cubes.length)
  expect(await overlappingPairs(page)).toBe(0)
  // Credit Risk's Credit Application serves the Mortgage Loan: the consumer stands above.
  const consumer = cubeTitled(page, 'Mortgage Loan')
  const provider = cubeTitled(page, 'Credit Risk')
  const below = async () => (await provider.boundingBox())!.y - (await consumer.boundingBox())!.y
  expect(await below()).toBeGreaterThan(0)
  await page.screenshot({ path: testInfo.outputPath('imported.png') })

  // Someone drags Credit Risk over the Mortgage Loan.
  const from = (await provider.boundingBox())!
  const to = (await consumer.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + 8)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 8 })
  await page.mouse.up()
  await page.keyboard.press('Escape')
  await expect.poll(() => overlappingPairs(page)).toBeGreaterThan(0)

  await page.getByRole('button', { name: 'Tidy up' }).click()
  await expect.poll(() => overlappingPairs(page)).toBe(0)
  await expect.poll(below).toBeGreaterThan(0)
  await page.screenshot({ path: testInfo.outputPath('tidied.png') })

  // One undo takes the whole layout back: the dragged cube lies over the other again.
  await page.keyboard.press('Control+z')
  await expect.poll(() => overlappingPairs(page)).toBeGreaterThan(0)
})
