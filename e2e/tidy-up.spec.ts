// Tidy up and imported boards: cubes laid out as their network, in one undo step.
import { expect, test, type Page } from '@playwright/test'
import { mortgageLoanNetwork } from '@/lib/kinds/cube-network/mortgage-loan-network'
import { closeBoardContexts, createBoard, cubeTitled, join } from './board-helpers'

test.afterEach(closeBoardContexts)

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Every cube's box in page coordinates (camera aside), by cube title. */
async function cubeBoxes(page: Page): Promise<Record<string, Box>> {
  return page.evaluate(() => {
    const boxes: Record<string, Box> = {}
    for (const shape of document.querySelectorAll<HTMLElement>(
      '.tl-shape[data-shape-type="cube"]:not(.tl-shape-background)',
    )) {
      const at = new DOMMatrix(getComputedStyle(shape).transform)
      const title = shape.querySelector('.cube-title')?.textContent ?? ''
      boxes[title] = { x: at.e, y: at.f, w: shape.offsetWidth, h: shape.offsetHeight }
    }
    return boxes
  })
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

const titleOf = (cubeId: string) => mortgageLoanNetwork.cubes.find((c) => c.id === cubeId)!.title

/** The layout reads as the network: no overlaps, every consumer above its providers. */
function expectNetworkLayout(boxes: Record<string, Box>) {
  const all = Object.values(boxes)
  expect(all).toHaveLength(mortgageLoanNetwork.cubes.length)
  all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)))
  for (const link of mortgageLoanNetwork.serviceLinks) {
    const consumer = boxes[titleOf(link.consumerCubeId)]!
    const provider = boxes[titleOf(link.providerCubeId)]!
    expect(
      consumer.y + consumer.h,
      `${titleOf(link.consumerCubeId)} above its provider`,
    ).toBeLessThan(provider.y)
  }
}

test('a board made from an imported model is laid out as its network, not in one column', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Imported network', mortgageLoanNetwork)
  const { page } = await join(browser, board.url, 'Ada')
  expectNetworkLayout(await cubeBoxes(page))
  await page.screenshot({ path: testInfo.outputPath('imported.png') })
})

test('"Tidy up" lays a messy board out as its network, and one undo puts every cube back', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Messy network', mortgageLoanNetwork)
  const { page } = await join(browser, board.url, 'Ada')

  // Make a mess: drag Reporting onto Home Loan.
  const reporting = await cubeTitled(page, 'Reporting').boundingBox()
  const homeLoan = await cubeTitled(page, 'Home Loan').boundingBox()
  await page.mouse.move(reporting!.x + reporting!.width / 2, reporting!.y + reporting!.height / 2)
  await page.mouse.down()
  await page.mouse.move(homeLoan!.x + homeLoan!.width / 2, homeLoan!.y + homeLoan!.height / 2, {
    steps: 10,
  })
  await page.mouse.up()
  const messy = await cubeBoxes(page)
  expect(overlap(messy['Reporting']!, messy['Home Loan']!)).toBe(true)

  await page.getByRole('button', { name: 'Tidy up' }).click()
  await expect
    .poll(async () => overlap((await cubeBoxes(page))['Reporting']!, messy['Home Loan']!))
    .toBe(false)
  expectNetworkLayout(await cubeBoxes(page))
  await page.screenshot({ path: testInfo.outputPath('tidied.png') })

  await page.locator('.tl-container').focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => cubeBoxes(page)).toEqual(messy)
})
