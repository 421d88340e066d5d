// Drawing a service link by dragging from a service to a process step of another cube.
import { expect, test, type Page } from '@playwright/test'
import { TemplateModel } from '@/lib/templates/model-builder'
import { closeBoardContexts, createBoard, cubeTitled, join } from './board-helpers'

test.afterEach(closeBoardContexts)

/** Two cubes: CLM offers KYC; Credit Risk's Credit Granting has a step KYC serves and one Payments already serves. */
function twoCubes() {
  return new TemplateModel()
    .cube('clm', 'Customer Lifecycle Management', 'CLM Department', {
      services: [['KYC', 'Before any credit decision']],
    })
    .cube('credit-risk', 'Credit Risk', 'Risk Department', {
      processes: [['Credit Granting', ['Know your customer', 'Pay out']]],
    })
    .cube('payments', 'Payments', 'Payment Department', {
      services: [['Disbursement', '']],
    })
    .link('payments', 'Disbursement', 'credit-risk', 'Pay out')
    .build()
}

async function centreOf(page: Page, locator: ReturnType<Page['locator']>) {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

test('a service is linked by dragging it onto a step of another cube, which turns to its Back Stage; a refused drop says why', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Drag to link', twoCubes())
  const { page } = await join(browser, board.url, 'Ada')
  const clm = cubeTitled(page, 'Customer Lifecycle Management')
  const risk = cubeTitled(page, 'Credit Risk')
  await expect(risk.locator('.cube-face[data-face="back-stage"]')).toHaveCount(0)

  const handle = clm.locator('.cube-item', { hasText: 'KYC' }).locator('.cube-link-handle')
  const start = await centreOf(page, handle)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const over = await centreOf(page, risk.locator('.cube-top'))
  await page.mouse.move(over.x, over.y, { steps: 8 })
  // Hovered, the other cube shows its Back Stage with its steps.
  await expect(risk.locator('.cube-face[data-face="back-stage"]')).toHaveCount(1)
  const taken = await centreOf(page, risk.locator('.cube-item', { hasText: 'Pay out' }))
  await page.mouse.move(taken.x, taken.y, { steps: 5 })
  await expect(page.locator('.link-drag-note')).toContainText('already')
  await page.screenshot({ path: testInfo.outputPath('drag-refused.png') })
  await page.mouse.up()
  await expect(page.getByRole('alert').filter({ hasText: 'Not linked' })).toBeVisible()
  // The cube turns back once the drag is over.
  await expect(risk.locator('.cube-face[data-face="back-stage"]')).toHaveCount(0)

  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(over.x, over.y, { steps: 8 })
  const step = await centreOf(page, risk.locator('.cube-item', { hasText: 'Know your customer' }))
  await page.mouse.move(step.x, step.y, { steps: 5 })
  await expect(page.locator('.link-drag-note')).toContainText('Serves “Know your customer”')
  await page.mouse.up()
  await expect(clm.locator('.cube-item', { hasText: 'KYC' })).toContainText('→ serves Credit Risk')
  await expect(page.locator('.tl-shape[data-shape-type="service-link"]')).toHaveCount(2)
  await page.screenshot({ path: testInfo.outputPath('drag-linked.png') })

  // One undo takes the new link away; the dialog stays for the keyboard.
  await page.locator('.tl-container').focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(page.locator('.tl-shape[data-shape-type="service-link"]')).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Link services' })).toBeEnabled()
})
