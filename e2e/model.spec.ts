import fs from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import type { BoardModel } from '@/lib/model'
import {
  asFacilitator,
  boardShown,
  closeBoardContexts,
  createBoard,
  distanceFromCanvasCentre,
  drawCube,
  openAsFacilitator,
  scrollAway,
} from './board-helpers'

test.afterEach(closeBoardContexts)

test('the model panel and the model view read the board back, and lead to its shapes', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Model read-back')
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  await drawCube(page, { x: 400, y: 400 }, 'Credit Risk', 'Risk Department')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveText('+ service')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Credit Application')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await expect(panel.getByRole('heading', { name: 'Risk Department' })).toBeVisible()
  const service = panel.getByRole('button', { name: 'Service: Credit Application' })
  await expect(service).toBeVisible()
  // Scrolled out of sight, the cube comes back to the middle of the canvas from the outline.
  await scrollAway(page, page.locator('.cube'), { x: 300, y: 300 })
  await service.click()
  await expect.poll(() => distanceFromCanvasCentre(page, page.locator('.cube'))).toBeLessThan(20)
  await panel.getByRole('button', { name: 'Gaps' }).click()
  await expect(
    panel.getByRole('region', { name: 'Services no other cube consumes' }),
  ).toContainText('Credit Application')
  await page.screenshot({ path: testInfo.outputPath('model-panel.png') })

  // Pictures and the handout are made in the browser and saved as files.
  for (const [button, name, signature] of [
    ['PNG', /^Model-read-back\.png$/, '\x89PNG'],
    ['SVG', /^Model-read-back\.svg$/, '<svg'],
    ['Handout (PDF)', /^Model-read-back-handout\.pdf$/, '%PDF'],
  ] as const) {
    const downloading = page.waitForEvent('download')
    await panel.getByRole('button', { name: button }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(name)
    const bytes = await fs.readFile((await download.path())!)
    expect(bytes.subarray(0, signature.length).toString('latin1')).toBe(signature)
    if (button === 'SVG') expect(bytes.toString()).toContain('Credit Application')
  }

  // The saved board's model, without the canvas, once the server has derived it.
  await expect(async () => {
    await page.goto(`${baseURL}/b/${board.id}/model`)
    await expect(page.getByRole('link', { name: 'Service: Credit Application' })).toBeVisible({
      timeout: 1000,
    })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByRole('heading', { name: 'Risk Department' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'items.csv' })).toHaveAttribute(
    'href',
    `/api/boards/${board.id}/model/items.csv`,
  )
  await page.screenshot({ path: testInfo.outputPath('model-view.png'), fullPage: true })

  // The home page finds the board by what is on it.
  await page.goto(`${baseURL}/`)
  await page.getByRole('searchbox').fill('credit application')
  await page.getByRole('button', { name: 'Search' }).click()
  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('link', { name: 'Model read-back' })).toBeVisible()
  await expect(results).toContainText('Service on Credit Risk (Front Stage)')
  await page.goto(`${baseURL}/b/${board.id}/model`)
  await page.getByRole('link', { name: 'Service: Credit Application' }).click()
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}\?focus=cube_item/)
  await boardShown(page)
  // Drawn left of the middle; shown in the middle of the canvas.
  await expect.poll(() => distanceFromCanvasCentre(page, page.locator('.cube'))).toBeLessThan(20)

  // The model file makes a new board that holds the same cube and item.
  await page.goto(`${baseURL}/b/${board.id}/model`)
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'model.json' }).click()
  const modelFile = await (await downloading).path()
  await page.goto(`${baseURL}/`)
  await page.getByText('Import a model (model.json)').click()
  await page.getByLabel('Model file').setInputFiles(modelFile!)
  await page.getByLabel('Title of the new board').fill('Imported read-back')
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  await boardShown(page)
  await expect(page.getByRole('heading', { name: 'Imported read-back' })).toBeVisible()
  await expect(page.locator('.cube')).toContainText('Credit Application')
  await expect(page.locator('.cube')).toContainText('Risk Department')
})

test('the model page draws the network: departments grouped, links as arrows, gaps marked, the traced cube’s dependencies bold', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Network picture',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const model = (await asFacilitator(baseURL!, `/api/boards/${id}/model`)) as BoardModel
  const mortgage = model.cubes.find((cube) => cube.title === 'Mortgage Loan')!
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${baseURL}/b/${id}/model?cube=${encodeURIComponent(mortgage.id)}`)
  const picture = page.getByRole('img', { name: /^The service network: 7 cubes in 7 departments/ })
  await expect(picture).toBeVisible()
  await expect(picture.locator('.network-cube')).toHaveCount(model.cubes.length)
  await expect(picture.locator('.network-department')).toHaveCount(model.departments.length)
  await expect(picture.locator('.network-link')).toHaveCount(
    new Set(model.serviceLinks.map((l) => `${l.providerCubeId} ${l.consumerCubeId}`)).size,
  )
  await expect(picture.locator('.network-gap').first()).toBeVisible()
  // Mortgage Loan relies on, or is relied on by, every other cube of the network.
  await expect(picture.locator('.network-cube[data-traced]')).toHaveCount(model.cubes.length)
  await picture.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('network-picture.png') })
})
