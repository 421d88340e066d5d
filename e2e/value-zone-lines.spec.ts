import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  closeBoardContexts,
  createBoard,
  createBoardFromTemplate,
  join,
  moreSessionControls,
  openAsFacilitator,
} from './board-helpers'
import { emptyBoardModel } from '@/lib/model'

test.afterEach(closeBoardContexts)

/** The template's fulfilments: need → offering, as the template writes them. */
const fulfilments = [
  ['Apply for a home loan from my phone', 'Home Loan'],
  ['Know within two days whether I get the loan', 'Credit Application'],
  ['The money is paid out on the agreed day', 'Loan disbursement'],
  ['A personal advisor at the branch', 'Real Estate Loan'],
  ['ESG figures for our financed properties', 'ESG reporting'],
  ['Onboarding never asks for the same documents twice', 'KYC'],
] as const

const lines = (page: Page) => page.locator('[data-value-link]')

/** The row of a need or an offering on its card, by its text. */
function row(page: Page, card: '.persona-card' | '.organisation-card', text: string): Locator {
  return page.locator(`${card} .record-row`).filter({ hasText: text })
}

/** The middle of an element on the screen. */
async function centreOf(locator: Locator) {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box }
}

test('the value zone draws each fulfilment as a line from the need row to the offering row', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoardFromTemplate(baseURL!, 'Value zone lines', 'persona-value-zone')
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  await expect(lines(page)).toHaveCount(fulfilments.length)

  // Each line starts on its need's row at the persona card's edge and ends on its
  // offering's row at the organisation card's edge.
  const personaCards = page.locator('.persona-card')
  const organisation = page.locator('.organisation-card')
  for (const [needText, offeringText] of fulfilments) {
    const need = row(page, '.persona-card', needText)
    const offering = row(page, '.organisation-card', offeringText)
    const needId = await need.getAttribute('data-record-id')
    const offeringId = await offering.getAttribute('data-record-id')
    const line = page.locator(`[data-value-link][data-need="${needId}"]`)
    await expect(line).toHaveAttribute('data-offering', offeringId!)
    const start = await centreOf(line.locator('[data-end="need"]'))
    const end = await centreOf(line.locator('[data-end="offering"]'))
    const needRow = (await need.boundingBox())!
    const offeringRow = (await offering.boundingBox())!
    expect(start.y).toBeGreaterThan(needRow.y)
    expect(start.y).toBeLessThan(needRow.y + needRow.height)
    expect(end.y).toBeGreaterThan(offeringRow.y)
    expect(end.y).toBeLessThan(offeringRow.y + offeringRow.height)
    const card = (await personaCards.filter({ hasText: needText }).boundingBox())!
    expect(Math.abs(start.x - (card.x + card.width))).toBeLessThan(3)
    expect(Math.abs(end.x - (await organisation.boundingBox())!.x)).toBeLessThan(3)
  }
  // The notes sit on their lines' middles, on a label of their own.
  const note = page.locator('[data-value-link-note]').filter({ hasText: 'automated decision' })
  await expect(note).toBeVisible()
  await expect(note).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await page.screenshot({ path: testInfo.outputPath('value-zone-lines.png') })

  // Moving the organisation card takes the lines' ends with it.
  const kyc = page.locator(
    `[data-value-link][data-offering="${await row(page, '.organisation-card', 'KYC').getAttribute('data-record-id')}"]`,
  )
  const before = await centreOf(kyc.locator('[data-end="offering"]'))
  const card = (await organisation.boundingBox())!
  const grip = { x: card.x + card.width / 2, y: card.y + card.height - 40 }
  await page.mouse.move(grip.x, grip.y)
  await page.mouse.down()
  await page.mouse.move(grip.x + 80, grip.y - 60, { steps: 8 })
  await page.mouse.up()
  await expect
    .poll(async () => {
      const after = await centreOf(kyc.locator('[data-end="offering"]'))
      return Math.abs(after.x - before.x - 80) + Math.abs(after.y - before.y + 60)
    })
    .toBeLessThan(3)
  const kycRow = (await row(page, '.organisation-card', 'KYC').boundingBox())!
  const moved = await centreOf(kyc.locator('[data-end="offering"]'))
  expect(moved.y).toBeGreaterThan(kycRow.y)
  expect(moved.y).toBeLessThan(kycRow.y + kycRow.height)
  await page.screenshot({ path: testInfo.outputPath('value-zone-lines-moved.png') })
})

test('a private need gets its line only for its author, on its row as the card grows', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoardFromTemplate(baseURL!, 'Private value link', 'persona-value-zone')
  const { page: fay } = await openAsFacilitator(browser, baseURL!, board)
  const { page: pat } = await join(browser, board.url, 'Pat')
  await (
    await moreSessionControls(fay)
  )
    .getByRole('button', { name: 'Private mode', exact: true })
    .click()
  await expect(pat.getByText(/Private mode/)).toBeVisible()

  // Pat writes a need on the home buyer's card and links it to KYC, privately.
  // By a need: while the card is edited, its name is in a field.
  const card = pat
    .locator('.persona-card')
    .filter({ hasText: 'Apply for a home loan from my phone' })
  const box = (await card.boundingBox())!
  await pat.mouse.click(box.x + box.width / 2, box.y + box.height - 12)
  await pat.keyboard.press('Enter')
  await card.getByRole('button', { name: '+ stated need' }).click()
  await pat.keyboard.type('Nobody phones me at dinner')
  await pat.keyboard.press('Enter')
  await card
    .getByRole('combobox', { name: 'Nobody phones me at dinner fulfilled by' })
    .selectOption({ label: 'KYC' })
  await pat.keyboard.press('Escape')
  await pat.keyboard.press('Escape')

  await expect(lines(pat)).toHaveCount(fulfilments.length + 1)
  const secret = row(pat, '.persona-card', 'Nobody phones me at dinner')
  const line = pat.locator(
    `[data-value-link][data-need="${await secret.getAttribute('data-record-id')}"]`,
  )
  await expect
    .poll(async () => {
      const start = await centreOf(line.locator('[data-end="need"]'))
      const need = (await secret.boundingBox())!
      return start.y > need.y && start.y < need.y + need.height
    })
    .toBe(true)
  // Nobody else sees the need, nor a line to nowhere.
  await expect(row(fay, '.persona-card', 'Nobody phones me at dinner')).toHaveCount(0)
  await expect(lines(fay)).toHaveCount(fulfilments.length)
})

test('a line to a need the card hides below its edge ends at the card’s "+N more", not past it', async ({
  browser,
  baseURL,
}, testInfo) => {
  // Needs far longer than the import expects: the card cannot show them all, and a viewer
  // may not make it taller.
  const long = (n: number) =>
    `Need ${n}: ${'a long description of what this customer expects '.repeat(5)}`
  const personaId = 'shape:busy-buyer'
  const needs = Array.from({ length: 8 }, (_, n) => ({
    id: `persona_need:need-${n}`,
    personaId,
    text: long(n),
    stated: true,
    order: n,
  }))
  const model = {
    ...emptyBoardModel(),
    personas: [{ id: personaId, name: 'Busy buyer', description: '', face: 'BB' }],
    needs,
    organisations: [{ id: 'shape:bank', name: 'Bank' }],
    offerings: [
      {
        id: 'offering_item:home-loan',
        organisationId: 'shape:bank',
        kind: 'product' as const,
        text: 'Home Loan',
        cubeItemId: null,
        order: 0,
      },
    ],
    fulfilments: [
      {
        id: 'value_link:last',
        needId: needs.at(-1)!.id,
        offeringId: 'offering_item:home-loan',
        note: '',
      },
    ],
  }
  const board = await createBoard(baseURL!, 'Busy persona', model)
  const { page } = await join(browser, board.viewUrl, 'Vic')
  const card = page.locator('.tl-shape[data-shape-type="persona"]')
  await expect(card.locator('.more-below')).toHaveText(/^\+\d+ more$/)
  const cardBox = (await card.boundingBox())!
  const hidden = (await row(page, '.persona-card', 'Need 7:').boundingBox())!
  expect(hidden.y + hidden.height).toBeGreaterThan(cardBox.y + cardBox.height)
  await expect(lines(page)).toHaveCount(1)
  const end = await centreOf(lines(page).locator('[data-end="need"]'))
  expect(end.y).toBeLessThanOrEqual(cardBox.y + cardBox.height)
  expect(end.y).toBeGreaterThan(cardBox.y + cardBox.height - 30)
  await page.screenshot({ path: testInfo.outputPath('busy-persona-viewer.png') })
})
