import { expect, test, type Locator, type Page } from '@playwright/test'
import { seriousViolations } from './axe-check'
import {
  closeBoardContexts,
  createBoardFromTemplate,
  cubeTitled,
  join,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const bar = (page: Page) => page.getByRole('region', { name: 'Session' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Dot vote' })

/** The facilitator starts a dot vote from the session bar. */
async function startVote(fay: Page, question: string, budget: number, anonymous = false) {
  await bar(fay).getByRole('button', { name: 'Dot vote' }).click()
  await panel(fay).getByLabel('Question').fill(question)
  await panel(fay).getByLabel('Dots per person').fill(String(budget))
  if (anonymous) await panel(fay).getByLabel('Anonymous').check()
  await panel(fay).getByRole('button', { name: 'Start the vote' }).click()
}

const voteButton = (page: Page) => bar(page).getByRole('button', { name: /^(Vote|Results): / })

/** An item on a cube, by its exact text. */
const cubeItem = (cube: Locator, text: string) =>
  cube.locator('.cube-item').filter({ has: cube.page().getByText(text, { exact: true }) })

/** My dots beside a thing on the canvas (they take one back when clicked). */
const myDots = (thing: Locator) => thing.locator('[data-vote-take-back]')

/** Whether the canvas selected a shape or started editing one: voting clicks must not. */
async function expectCanvasUntouched(page: Page) {
  await expect(page.locator('.tl-selection__fg')).toHaveCount(0)
  await expect(page.locator('[data-editing="true"]')).toHaveCount(0)
}

test('participants vote by clicking cubes and items on the canvas and see the results when it ends', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(150_000)
  const board = await createBoardFromTemplate(
    baseURL!,
    'Vote on the canvas',
    'mortgage-loan-network',
  )
  const { page: fay } = await openAsFacilitator(browser, baseURL!, board)
  const { page: pat } = await join(browser, board.url, 'Pat')
  const { page: sam } = await join(browser, board.url, 'Sam')
  const { page: vic } = await join(browser, board.viewUrl, 'Vic')

  await startVote(fay, 'Where do we start?', 3)
  await expect(voteButton(pat)).toHaveText('Vote: Where do we start? · 3 of 3 dots left')

  // A cube's title takes a dot for the cube; an item takes a dot for itself.
  const creditRisk = cubeTitled(pat, 'Credit Risk')
  await creditRisk.locator('.cube-title').click()
  await expect(voteButton(pat)).toHaveText('Vote: Where do we start? · 2 of 3 dots left')
  await expect(myDots(creditRisk.locator('.cube-top'))).toHaveText('●−')
  const mobileApp = cubeItem(cubeTitled(pat, 'Home Loan'), 'Mobile app')
  await mobileApp.click()
  await mobileApp.click()
  await expect(voteButton(pat)).toHaveText('Vote: Where do we start? · 0 of 3 dots left')
  await expect(myDots(mobileApp)).toHaveText('●●−')
  await expectCanvasUntouched(pat)

  // Out of dots: the click is refused, with a reason, and nothing is placed.
  const soundCredit = cubeItem(creditRisk, 'Sound credit')
  await soundCredit.click()
  await expect(bar(pat).getByRole('status')).toHaveText(
    'No dots left: click one of your dots to take it back.',
  )
  await expect(myDots(soundCredit)).toHaveCount(0)
  // A dot taken back frees it for another thing.
  await myDots(mobileApp).click()
  await expect(myDots(mobileApp)).toHaveText('●−')
  await expect(voteButton(pat)).toHaveText('Vote: Where do we start? · 1 of 3 dots left')
  await soundCredit.click()
  await expect(myDots(soundCredit)).toHaveText('●−')
  await expectCanvasUntouched(pat)
  // The dots and click targets read right to screen readers (the panel is where they vote).
  expect(await seriousViolations(pat)).toEqual([])
  await pat.screenshot({ path: testInfo.outputPath('voting-on-the-canvas.png') })

  // Sam votes too; nobody sees anyone else's dots while the vote runs.
  await cubeTitled(sam, 'Credit Risk').locator('.cube-title').click()
  await cubeItem(cubeTitled(sam, 'Home Loan'), 'Mobile app').click()
  await expect(voteButton(sam)).toHaveText('Vote: Where do we start? · 1 of 3 dots left')
  await expect(myDots(cubeItem(cubeTitled(sam, 'Credit Risk'), 'Sound credit'))).toHaveCount(0)
  await expect(pat.locator('[data-result]')).toHaveCount(0)

  // A viewer follows the vote but has nothing to click.
  await expect(
    bar(vic).getByRole('button', { name: 'Vote running: Where do we start?' }),
  ).toBeVisible()
  await expect(vic.locator('[data-vote-target]')).toHaveCount(0)

  // The facilitator ends the vote: the results open by themselves for everyone.
  await panel(fay).getByRole('button', { name: 'End vote and show results' }).click()
  for (const page of [pat, sam, vic]) {
    const results = panel(page).getByRole('list', { name: 'Vote results' }).getByRole('listitem')
    await expect(results).toHaveCount(3)
    await expect(results.filter({ hasText: 'Cube “Credit Risk”' })).toHaveText(
      '2 ● Cube “Credit Risk” · Pat, Sam',
    )
    // The dots stay on the canvas as the results.
    await expect(cubeTitled(page, 'Credit Risk').locator('.cube-top [data-result]')).toHaveText(
      page === vic ? '2 ●' : '2 ● (1 yours)',
    )
  }
  await expect(
    cubeItem(cubeTitled(pat, 'Home Loan'), 'Mobile app').locator('[data-result]'),
  ).toHaveText('2 ● (1 yours)')
  expect(await seriousViolations(pat)).toEqual([])
  await pat.screenshot({ path: testInfo.outputPath('results-on-the-canvas.png') })
  await panel(pat).getByRole('button', { name: 'Close' }).click()
  await expect(panel(pat)).toHaveCount(0)
  await expect(cubeTitled(pat, 'Credit Risk').locator('.cube-top [data-result]')).toBeVisible()
})

test('an anonymous vote by clicking needs, offerings and a note goes through the server', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const board = await createBoardFromTemplate(
    baseURL!,
    'Anonymous on the canvas',
    'persona-value-zone',
  )
  const { page: fay } = await openAsFacilitator(browser, baseURL!, board)
  // Anonymous dots go to the server as its own messages (type 101), which writes the ballot.
  let dotMessages = 0
  const { page: pat } = await join(browser, board.url, 'Pat', {
    beforeVisit: async (page) => {
      page.on('websocket', (socket) =>
        socket.on('framesent', ({ payload }) => {
          if (typeof payload !== 'string' && payload[0] === 101) dotMessages++
        }),
      )
    },
  })

  // A note beside the cards: shapes outside the model take dots as a whole.
  await pat.keyboard.press('n')
  await pat.mouse.click(1050, 600)
  await pat.keyboard.type('Faster onboarding')
  await pat.keyboard.press('Escape')
  await pat.keyboard.press('Escape')
  const note = pat.locator('.tl-shape[data-shape-type="note"]')
  await expect(note).toContainText('Faster onboarding')

  await startVote(fay, 'Which need first?', 3, true)
  await expect(voteButton(pat)).toHaveText('Vote: Which need first? · 3 of 3 dots left')

  const need = pat
    .locator('.persona-card .record-row')
    .filter({ hasText: 'See my repayment plan before I sign' })
  const offering = pat
    .locator('.organisation-card .record-row')
    .filter({ hasText: 'ESG reporting' })
  await need.click()
  await offering.click()
  await note.click()
  await expect(voteButton(pat)).toHaveText('Vote: Which need first? · 0 of 3 dots left')
  await expect(myDots(need)).toHaveText('●−')
  await expect(myDots(offering)).toHaveText('●−')
  await expect(myDots(pat.locator('.vote-dots-corner'))).toHaveText('●−')
  expect(dotMessages).toBeGreaterThanOrEqual(3)
  await need.click()
  await expect(bar(pat).getByRole('status')).toHaveText(
    'No dots left: click one of your dots to take it back.',
  )
  await expect(myDots(need)).toHaveText('●−')
  await expectCanvasUntouched(pat)
  await pat.screenshot({ path: testInfo.outputPath('anonymous-voting.png') })

  await panel(fay).getByRole('button', { name: 'End vote and show results' }).click()
  for (const page of [pat, fay]) {
    const results = panel(page).getByRole('list', { name: 'Vote results' }).getByRole('listitem')
    await expect(results).toHaveCount(3)
    await expect(results.filter({ hasText: '“Faster onboarding”' })).toContainText('1 ●')
    // Nobody is named in an anonymous vote's results.
    await expect(results.nth(0)).not.toContainText('Pat')
  }
  // Whose dots they were is not kept once an anonymous vote ends, not even for oneself.
  await expect(need.locator('[data-result]')).toHaveText('1 ●')
  await pat.screenshot({ path: testInfo.outputPath('anonymous-results.png') })
})
