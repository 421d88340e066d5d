import { expect, test, type Locator, type Page } from '@playwright/test'
import { TemplateModel } from '@/lib/templates/model-builder'
import { closeBoardContexts, createBoard, cubeTitled, join } from './board-helpers'

test.afterEach(closeBoardContexts)

const provider = 'Customer Lifecycle Management'
const consumer = 'Credit Risk'

/**
 * CLM offers two services; Credit Risk's Credit Granting has two steps, and `policies` more
 * Back Stage items; nothing linked yet.
 */
function twoCubes(policies = 0) {
  return new TemplateModel()
    .cube('clm', provider, 'CLM Department', {
      services: [
        ['KYC', ''],
        ['Sanctions screening', ''],
      ],
    })
    .cube('risk', consumer, 'Risk Department', {
      processes: [['Credit Granting', ['Know your customer', 'Risk scoring']]],
      policies: Array.from({ length: policies }, (_, n) => `Credit policy ${n + 1}`),
    })
    .build()
}

async function centreOf(locator: Locator) {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The row of an item on a cube, by its text. */
function row(page: Page, cube: string, text: string) {
  return cubeTitled(page, cube).locator('.cube-item', { hasText: text })
}

/**
 * Grabs a service's handle and carries it onto the consumer cube (which turns to its Back
 * Stage), then onto one of its steps, as a hand does; the button stays down.
 */
async function dragOnto(page: Page, service: string, step: string) {
  const handle = row(page, provider, service).locator('.cube-link-handle')
  const start = await centreOf(handle)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const target = cubeTitled(page, consumer)
  const body = await target.boundingBox()
  await page.mouse.move(body!.x + body!.width * 0.75, body!.y + body!.height * 0.6, { steps: 8 })
  await expect(target).toHaveAttribute('data-back-stage-preview', 'true')
  const at = await centreOf(row(page, consumer, step))
  await page.mouse.move(at.x, at.y, { steps: 4 })
}

test('a service is linked to a step of another cube by dragging; refusals say why and Escape cancels', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Drag a link', twoCubes())
  const { page } = await join(browser, board.url, 'Ada')
  const bo = await join(browser, board.url, 'Bo')
  const links = page.locator('.service-link')
  await expect(cubeTitled(page, consumer).locator('[data-face="back-stage"]')).toHaveCount(0)

  const handle = row(page, provider, 'KYC').locator('.cube-link-handle')
  await expect(handle).toHaveAttribute('title', 'Drag to a process step of another cube to link')

  // Over the step: the cube shows its Back Stage here (only here), the step is green.
  await dragOnto(page, 'KYC', 'Know your customer')
  await expect(row(page, consumer, 'Know your customer')).toHaveAttribute('data-drop', 'allowed')
  await expect(page.locator('.link-drag-message')).toHaveText('✓ KYC serves Know your customer')
  await expect(page.locator('.link-drag-arrow line')).toHaveCount(1)
  await expect(cubeTitled(bo.page, consumer).locator('[data-face="front-stage"]')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('dragging-allowed.png') })
  await page.mouse.up()

  // Dropped: the link is on the canvas and in the model, for everyone; the cube turns back.
  await expect(links).toHaveCount(1)
  await expect(links).toContainText('KYC → Know your customer')
  await expect(bo.page.locator('.service-link')).toContainText('KYC → Know your customer')
  await expect(page.locator('.link-drag')).toHaveCount(0)
  await expect(cubeTitled(page, consumer).locator('[data-face="front-stage"]')).toBeVisible()
  await expect(cubeTitled(page, provider)).toContainText(`→ serves ${consumer}`)
  await page.getByRole('button', { name: 'Model', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await panel.getByRole('button', { name: 'Departments' }).click()
  await expect(panel.getByRole('region', { name: 'Risk Department' })).toContainText('KYC')
  await page.getByRole('button', { name: 'Model', exact: true }).click()

  // A second provider for the same step: red, the reason names the provider, nothing written.
  await dragOnto(page, 'Sanctions screening', 'Know your customer')
  const refusal = `✕ Know your customer already has a provider: KYC (${provider})`
  await expect(row(page, consumer, 'Know your customer')).toHaveAttribute('data-drop', 'refused')
  await expect(page.locator('.link-drag-message')).toHaveText(refusal)
  await page.screenshot({ path: testInfo.outputPath('dragging-refused.png') })
  await page.mouse.up()
  await expect(page.locator('.link-drag')).toHaveCount(0)
  await expect(links).toHaveCount(1)

  // Back onto its own cube: a cube does not serve itself.
  const own = await centreOf(
    row(page, provider, 'Sanctions screening').locator('.cube-link-handle'),
  )
  await page.mouse.move(own.x, own.y)
  await page.mouse.down()
  const kyc = await centreOf(row(page, provider, 'KYC').locator('.cube-item-text'))
  await page.mouse.move(kyc.x, kyc.y, { steps: 4 })
  await expect(page.locator('.link-drag-message')).toContainText('pick a step of a process')
  await page.mouse.up()

  // Escape over an allowed step: nothing is made, and the cube shows its own face again.
  await dragOnto(page, 'Sanctions screening', 'Risk scoring')
  await expect(row(page, consumer, 'Risk scoring')).toHaveAttribute('data-drop', 'allowed')
  await page.keyboard.press('Escape')
  await expect(page.locator('.link-drag')).toHaveCount(0)
  await expect(cubeTitled(page, consumer).locator('[data-face="front-stage"]')).toBeVisible()
  await page.mouse.up()
  await expect(links).toHaveCount(1)
  await expect(bo.page.locator('.service-link')).toHaveCount(1)
  await page.screenshot({ path: testInfo.outputPath('after.png') })

  // The drop was one undo step: one Ctrl+Z takes the link away, and nothing else.
  await page.locator('.tl-canvas').click({ position: { x: 20, y: 400 } })
  await page.keyboard.press('Control+z')
  await expect(links).toHaveCount(0)
  await expect(page.locator('.cube')).toHaveCount(2)
})

test('a link is drawn by dragging at any zoom, and viewers get no handle', async ({
  browser,
  baseURL,
}, testInfo) => {
  // A Back Stage longer than the cube: turned for the drag, the cube must not grow for all.
  const board = await createBoard(baseURL!, 'Drag a link zoomed', twoCubes(14))
  const viewer = await join(browser, board.viewUrl, 'Vi')
  await expect(cubeTitled(viewer.page, provider)).toContainText('KYC')
  await expect(viewer.page.locator('.cube-link-handle')).toHaveCount(0)
  const height = async () => (await cubeTitled(viewer.page, consumer).boundingBox())!.height
  const heightBefore = await height()

  const { page } = await join(browser, board.url, 'Ada')
  await expect(page.locator('.cube-link-handle')).toHaveCount(2)
  // Zoomed out to half size: the handle, the turn and the drop follow the camera.
  await page.locator('.tl-canvas').click({ position: { x: 20, y: 400 } })
  const before = (await cubeTitled(page, consumer).boundingBox())!.width
  await page.keyboard.press('-')
  // The zoom is animated: wait until it has stopped, or the handle moves under the pointer.
  let last = 0
  await expect
    .poll(async () => {
      const width = (await cubeTitled(page, consumer).boundingBox())!.width
      const still = Math.abs(width - last) < 0.5
      last = width
      return still && width < before * 0.7
    })
    .toBe(true)
  await dragOnto(page, 'Sanctions screening', 'Risk scoring')
  await expect(row(page, consumer, 'Risk scoring')).toHaveAttribute('data-drop', 'allowed')
  await page.screenshot({ path: testInfo.outputPath('zoomed-out-dragging.png') })
  await page.mouse.up()
  await expect(page.locator('.service-link')).toContainText('Sanctions screening → Risk scoring')
  await page.screenshot({ path: testInfo.outputPath('zoomed-out.png') })
  await expect(viewer.page.locator('.service-link')).toContainText(
    'Sanctions screening → Risk scoring',
  )
  expect(await height()).toBe(heightBefore)
})
