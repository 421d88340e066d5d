import { expect, test } from '@playwright/test'
import { emptyBoardModel, type BoardModel } from '@/lib/model'
import {
  boardShown,
  closeBoardContexts,
  createBoard,
  cubeTitled,
  distanceFromCanvasCentre,
  drawCube,
  join,
  openAsFacilitator,
  scrollAway,
} from './board-helpers'

test.afterEach(closeBoardContexts)

/** Two departments' cubes, one above the other (a row per department). */
const loansAndPayments: BoardModel = {
  ...emptyBoardModel(),
  departments: [
    { id: 'loan management', name: 'Loan Management', cubeIds: ['shape:mortgage'] },
    { id: 'payment department', name: 'Payment Department', cubeIds: ['shape:payments'] },
  ],
  cubes: [
    { id: 'shape:mortgage', title: 'Mortgage Loan', departmentId: 'loan management' },
    { id: 'shape:payments', title: 'Payments', departmentId: 'payment department' },
  ],
  items: [
    {
      id: 'cube_item:valuation',
      cubeId: 'shape:mortgage',
      face: 'front-stage',
      kind: 'service',
      text: 'Valuation',
      terms: '',
      processId: null,
      order: 0,
    },
    {
      id: 'cube_item:disbursement',
      cubeId: 'shape:payments',
      face: 'front-stage',
      kind: 'service',
      text: 'Disbursement',
      terms: '',
      processId: null,
      order: 0,
    },
  ],
}

test('a participant coming back sees what changed since their last visit and goes to it', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Revisited', loansAndPayments)
  const facilitator = await openAsFacilitator(browser, baseURL!, board)
  const pia = await join(browser, board.url, 'Pia')
  await expect(cubeTitled(pia.page, 'Payments')).toBeVisible()
  const panel = pia.page.getByRole('region', { name: /^Since your last visit/ })
  await expect(panel).toHaveCount(0)

  // Pia leaves; once the facilitator no longer sees her, the server has noted what she saw.
  await facilitator.page.getByTitle('People').click()
  const piaInMenu = facilitator.page.locator('.tlui-people-menu__item', { hasText: 'Pia' })
  await expect(piaInMenu).toBeVisible()
  await pia.page.close()
  await expect(piaInMenu).toHaveCount(0)
  await facilitator.page.keyboard.press('Escape')

  // The facilitator removes Payments and draws Credit Risk beside Mortgage Loan.
  const payments = (await cubeTitled(facilitator.page, 'Payments').boundingBox())!
  // An empty part of its Experience face selects the cube.
  await facilitator.page.mouse.click(
    payments.x + payments.width * 0.7,
    payments.y + payments.height * 0.75,
  )
  await facilitator.page.keyboard.press('Delete')
  await expect(cubeTitled(facilitator.page, 'Payments')).toHaveCount(0)
  const mortgage = (await cubeTitled(facilitator.page, 'Mortgage Loan').boundingBox())!
  await drawCube(
    facilitator.page,
    { x: mortgage.x + mortgage.width * 1.75, y: mortgage.y + mortgage.height / 2 },
    'Credit Risk',
    'Risk Department',
  )
  // Tab leaves the department field, then Escape leaves the cube.
  await facilitator.page.keyboard.press('Tab')
  await facilitator.page.keyboard.press('Escape')
  await expect(cubeTitled(facilitator.page, 'Credit Risk')).toContainText('Risk Department')

  // Pia opens the board again, in the same browser (her guest session).
  const page = await pia.context.newPage()
  await page.goto(`/b/${board.id}`)
  await boardShown(page)
  const revisit = page.getByRole('region', { name: /^Since your last visit on .+: 2 changes$/ })
  await expect(revisit).toBeVisible()
  const added = revisit.getByRole('button', {
    name: 'Cube “Credit Risk” (Risk Department) added',
  })
  await expect(added).toBeVisible()
  // Gone from the board, so nothing to go to: told, not a button.
  await expect(revisit).toContainText('Cube “Payments” (Payment Department) removed with 1 item')
  await expect(revisit.getByRole('button', { name: /Payments/ })).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('revisit-panel.png') })

  // Scrolled away, the new cube comes back to the middle, selected.
  await scrollAway(page, cubeTitled(page, 'Credit Risk'), { x: 900, y: 500 })
  await added.click()
  await expect(page.getByRole('status', { name: 'Status' })).toContainText(
    'Credit Risk, Risk Department',
  )
  await expect
    .poll(() => distanceFromCanvasCentre(page, cubeTitled(page, 'Credit Risk')))
    .toBeLessThan(20)

  // Escape, pressed in the panel, closes it.
  await added.focus()
  await page.keyboard.press('Escape')
  await expect(revisit).toHaveCount(0)
})
