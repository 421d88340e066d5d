import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  addByKeyboard,
  addNote,
  asFacilitator,
  closeBoardContexts,
  createBoard,
  distanceFromCanvasCentre,
  cubeTitled,
  drawCube,
  drawFrame,
  join,
  moreSessionControls,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const frames = (page: Page) => page.locator('.tl-shape[data-shape-type="frame"]')
const notes = (page: Page) =>
  page.locator('.tl-shape[data-shape-type="note"]').filter({ visible: true })
const bar = (page: Page) => page.getByRole('region', { name: 'Session' })

/** The frame drawn on the right (shapes' order in the page is not their order on the board). */
async function rightFrame(page: Page): Promise<Locator> {
  const [a, b] = [await frames(page).nth(0).boundingBox(), await frames(page).nth(1).boundingBox()]
  return frames(page).nth(a!.x > b!.x ? 0 : 1)
}

/** Selects a cube: an empty part of its Experience face (tldraw takes the pointer there). */
async function selectCube(page: Page, cube: Locator) {
  const box = (await cube.boundingBox())!
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.75)
}

/** How wide a shape shows now (0 when culled off-screen). */
async function shownWidth(shape: Locator): Promise<number> {
  return (await shape.boundingBox())?.width ?? 0
}

test('a facilitator runs a step, a private brainstorm and a dot vote with two participants', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Alignment session',
    template: 'blank-cube',
  })) as { id: string }
  const { path } = (await asFacilitator(baseURL!, `/api/boards/${id}/invites`, {
    role: 'editor',
  })) as { path: string }
  const facilitator = await openAsFacilitator(browser, baseURL!, {
    id,
    url: `${baseURL}${path}`,
    viewUrl: '',
  })
  const fay = facilitator.page
  await drawFrame(fay, [150, 250], [450, 550])
  await drawFrame(fay, [750, 250], [1050, 550])
  await expect(frames(fay)).toHaveCount(2)

  const pat = (await join(browser, `${baseURL}${path}`, 'Pat')).page
  const sam = (await join(browser, `${baseURL}${path}`, 'Sam')).page
  for (const page of [pat, sam]) {
    await expect(frames(page)).toHaveCount(2)
    // Participants see the session, not the controls to run it.
    await expect(bar(page)).toHaveCount(0)
  }

  // The board came with a suggested agenda; bind its first two steps to the frames.
  await bar(fay).getByRole('button', { name: 'Agenda', exact: true }).click()
  const agenda = fay.getByRole('complementary', { name: 'Agenda' })
  await expect(agenda.getByLabel('Step 1 title')).toHaveValue('1 Map the cubes')
  await agenda.getByLabel('Step 1 frame').selectOption({ index: 1 })
  await agenda.getByLabel('Step 2 frame').selectOption({ index: 2 })

  // Starting step 2 brings both participants to its frame and starts its 20-minute timer.
  const stepFrame = { pat: await rightFrame(pat), sam: await rightFrame(sam) }
  const before = await shownWidth(stepFrame.pat)
  await agenda.getByRole('button', { name: 'Start “2 Link services”' }).click()
  for (const [page, frame] of [
    [pat, stepFrame.pat],
    [sam, stepFrame.sam],
  ] as const) {
    await expect(bar(page)).toContainText('Step 2 of 4: 2 Link services')
    await expect(bar(page).getByRole('timer')).toHaveText(/^(20:00|19:\d\d)$/)
    await expect.poll(() => distanceFromCanvasCentre(page, frame)).toBeLessThan(40)
  }
  expect(await shownWidth(stepFrame.pat)).toBeGreaterThan(before * 1.5)
  const shown = await bar(sam).getByRole('timer').textContent()
  await expect(bar(sam).getByRole('timer')).not.toHaveText(shown!, { timeout: 3000 })

  // Bring everyone to me: views follow the facilitator until Escape or release.
  await (
    await moreSessionControls(fay)
  )
    .getByRole('button', { name: 'Bring everyone to me' })
    .click()
  for (const page of [pat, sam]) {
    await expect(bar(page).getByText('Following Facilitator · Esc to step out')).toBeVisible()
  }
  const zoomedIn = await shownWidth(stepFrame.sam)
  await fay.locator('.tl-canvas').click({ position: { x: 600, y: 300 } })
  await fay.keyboard.press('Shift+1')
  await expect.poll(() => shownWidth(stepFrame.sam)).toBeLessThan(zoomedIn * 0.8)
  await expect(frames(sam)).toHaveCount(2)
  for (const frame of await frames(sam).all()) await expect(frame).toBeInViewport()
  await pat.keyboard.press('Escape')
  await expect(bar(pat).getByRole('button', { name: 'Rejoin Facilitator' })).toBeVisible()
  await (await moreSessionControls(fay)).getByRole('button', { name: 'Release everyone' }).click()
  await expect(bar(sam).getByText(/Following/)).toHaveCount(0)
  await expect(bar(pat).getByRole('button', { name: 'Rejoin Facilitator' })).toHaveCount(0)

  // Private mode: what Pat writes stays Pat's until the facilitator reveals it.
  const privateMode = async () =>
    (await moreSessionControls(fay)).getByRole('button', { name: 'Private mode', exact: true })
  await (await privateMode()).click()
  await expect(bar(pat)).toContainText('Private mode: what you add is hidden')
  await addNote(pat, [640, 420], 'Faster valuations')
  await expect(notes(pat)).toHaveCount(1)
  const reveal = async () =>
    (await moreSessionControls(fay)).getByRole('button', { name: 'Reveal 1 private item' })
  await expect(await reveal()).toBeVisible()
  await expect(notes(sam)).toHaveCount(0)
  await expect(notes(fay)).toHaveCount(0)
  await (await reveal()).click()
  await expect(notes(sam)).toHaveCount(1)
  await expect(notes(sam)).toContainText('Faster valuations')
  await (await privateMode()).click()
  await addNote(sam, [760, 420], 'Single customer view')
  await expect(notes(pat)).toHaveCount(2)

  // A dot vote with three dots each; results for everyone when the facilitator ends it.
  await bar(fay).getByRole('button', { name: 'Dot vote' }).click()
  const votePanel = fay.getByRole('complementary', { name: 'Dot vote' })
  await votePanel.getByLabel('Question').fill('What helps customers most?')
  await votePanel.getByRole('button', { name: 'Start the vote' }).click()
  const add = (page: Page, what: string) =>
    page.getByRole('button', { name: `Add a dot to “${what}”` }).click()
  for (const page of [pat, sam]) {
    await bar(page)
      .getByRole('button', { name: /Vote: What helps customers most\? · 3 of 3 dots left/ })
      .click()
  }
  await add(pat, 'Faster valuations')
  await add(pat, 'Faster valuations')
  await add(pat, 'Single customer view')
  await expect(pat.getByText('0 of 3 dots left', { exact: true })).toBeVisible()
  await expect(pat.getByRole('button', { name: 'Add a dot to “Faster valuations”' })).toBeDisabled()
  for (let dot = 0; dot < 3; dot++) await add(sam, 'Single customer view')
  await expect(sam.getByText('0 of 3 dots left', { exact: true })).toBeVisible()
  await votePanel.getByRole('button', { name: 'End vote and show results' }).click()
  for (const page of [pat, sam, fay]) {
    const results = page.getByRole('list', { name: 'Vote results' }).getByRole('listitem')
    await expect(results).toHaveCount(2)
    await expect(results.nth(0)).toContainText('4 ● “Single customer view” · Pat, Sam')
    await expect(results.nth(1)).toContainText('2 ● “Faster valuations” · Pat')
  }
  await pat.screenshot({ path: testInfo.outputPath('participant-results.png') })
  await fay.screenshot({ path: testInfo.outputPath('facilitator.png') })
})

test('locked scaffolding stays put while participants write items on it', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Locked scaffolding')
  const { page: fay } = await openAsFacilitator(browser, baseURL!, board)
  await drawCube(fay, { x: 640, y: 440 }, 'Mortgage Loan', 'Lending')
  await fay.keyboard.press('Tab')
  for (let press = 0; press < 3; press++) await fay.keyboard.press('Escape')
  await selectCube(fay, cubeTitled(fay, 'Mortgage Loan'))
  const more = await moreSessionControls(fay)
  await more.getByRole('button', { name: 'Lock selection' }).click()
  await expect(more.getByRole('button', { name: 'Unlock all (1)' })).toBeVisible()
  const where = await cubeTitled(fay, 'Mortgage Loan').boundingBox()

  const { page: pat } = await join(browser, board.url, 'Pat')
  const cube = cubeTitled(pat, 'Mortgage Loan')
  const box = (await cube.boundingBox())!
  await pat.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.75)
  await pat.mouse.down()
  await pat.mouse.move(box.x + box.width * 0.7 + 200, box.y + box.height * 0.75 + 100, {
    steps: 8,
  })
  await pat.mouse.up()
  await pat.keyboard.press('Delete')
  await expect(cubeTitled(pat, 'Mortgage Loan')).toHaveCount(1)
  expect(await cube.boundingBox()).toEqual(box)

  // The cube's faces are still open for items.
  await selectCube(pat, cube)
  await pat.keyboard.press('Enter')
  await addByKeyboard(pat, '+ service', 'Valuation')
  await expect(cubeTitled(fay, 'Mortgage Loan')).toContainText('Valuation')
  expect(await cubeTitled(fay, 'Mortgage Loan').boundingBox()).toEqual(where)
})
