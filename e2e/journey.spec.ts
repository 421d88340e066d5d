import { expect, test, type Page } from '@playwright/test'
import type { BoardModel } from '@/lib/model'
import {
  addByKeyboard,
  asFacilitator,
  boardShown,
  closeBoardContexts,
  drawCube,
  focused,
  join,
  newBoardContext,
  openAsFacilitator,
  sessionCookie,
  tabTo,
} from './board-helpers'

test.afterEach(closeBoardContexts)

/** Selects the experience map and starts editing it, as Enter on a selected shape does. */
async function editMap(page: Page) {
  const map = page.locator('.journey-map')
  const box = (await map.boundingBox())!
  await page.mouse.click(box.x + 30, box.y + 16)
  await page.keyboard.press('Enter')
  await expect(map).toHaveAttribute('data-editing', 'true')
  return map
}

/** Adds a touchpoint to a cell by keyboard: focus its "+ touchpoint", Enter, type, Enter. */
async function addTouchpoint(page: Page, cell: string, text: string) {
  const group = page.getByRole('group', { name: cell })
  await group.getByRole('button', { name: '+ touchpoint' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('touchpoint text')).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await expect(focused(page)).toHaveText(text)
}

test('a facilitator builds a journey by keyboard, two participants add touchpoints at once, and the impact of a cube’s service lists the touchpoint linked to it', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(150_000)
  // The facilitator starts a blank experience map from the template picker.
  const context = await newBoardContext(browser, { width: 1400, height: 900 })
  const [cookieName, cookieValue] = (await sessionCookie(baseURL!)).split('=') as [string, string]
  await context.addCookies([{ name: cookieName, value: cookieValue, url: baseURL! }])
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('radio', { name: /Home loan journey/ })).toBeVisible()
  await page.getByLabel('Board title').fill('Car insurance claim')
  await page.getByRole('radio', { name: /Blank experience map/ }).check()
  await page.getByRole('button', { name: 'Create board' }).click()
  // Creating a board builds its first state on the server: slow while the machine is busy.
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/, { timeout: 30_000 })
  await boardShown(page)
  const boardId = new URL(page.url()).pathname.split('/').at(-1)!
  await expect(page.locator('.journey-map')).toHaveCount(1)
  await expect(page.locator('.journey-lane')).toHaveText([
    'Customer actions',
    'Front-stage channels',
    'On-stage activities',
    'Back-stage capabilities',
  ])

  // By keyboard: a title, a phase, a stage in it, a touchpoint, and that touchpoint a pain point.
  const map = await editMap(page)
  await expect(page.getByLabel('Journey title')).toBeFocused()
  await page.keyboard.type('Car insurance claim')
  await tabTo(page, '+ Phase')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Phase 2 name')).toBeFocused()
  await page.keyboard.type('Report the damage')
  await page.keyboard.press('Enter')
  await tabTo(page, '+ Stage in Report the damage')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Stage 2 name')).toBeFocused()
  await page.keyboard.type('Calls the insurer')
  await page.keyboard.press('Enter')
  await page.getByLabel('Experience of Calls the insurer').selectOption({ label: '−2 Very bad' })
  await addTouchpoint(page, 'Calls the insurer · Front-stage channels', 'Call centre queue')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveAttribute('aria-label', 'Details of Call centre queue')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Department responsible')).toBeFocused()
  await page.keyboard.type('Claims')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Pain point')).toBeFocused()
  await page.getByLabel('Pain point').selectOption({ label: 'Serious' })
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Pain note')).toBeFocused()
  await page.keyboard.type('Forty minutes on hold')
  await tabTo(page, 'Done')
  await page.keyboard.press('Enter')
  await expect(focused(page)).toHaveText('Call centre queue')
  await page.screenshot({ path: testInfo.outputPath('journey-pain-point.png') })
  const pain = map.locator('.record-row[data-pain="true"]')
  await expect(pain).toContainText('⚠ Serious')
  await expect(pain).toContainText('Call centre queue')
  await expect(pain).toContainText('Claims')
  await expect(pain).toContainText('Forty minutes on hold')
  await expect(pain).toHaveCSS('border-top-color', 'rgb(208, 52, 44)')
  await expect(map.locator('.journey-experience-point')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  // Two participants add touchpoints to the same cell at the same moment; both stay.
  const invite = (await asFacilitator(baseURL!, `/api/boards/${boardId}/invites`, {
    role: 'editor',
  })) as { path: string }
  const [ada, bo] = await Promise.all([
    join(browser, `${baseURL}${invite.path}`, 'Ada', { viewport: { width: 1400, height: 900 } }),
    join(browser, `${baseURL}${invite.path}`, 'Bo', { viewport: { width: 1400, height: 900 } }),
  ])
  await Promise.all([editMap(ada.page), editMap(bo.page)])
  const cell = 'Calls the insurer · Customer actions'
  await Promise.all([
    addTouchpoint(ada.page, cell, 'Takes photos of the car'),
    addTouchpoint(bo.page, cell, 'Finds the policy number'),
  ])
  for (const someone of [page, ada.page, bo.page]) {
    await expect(someone.getByRole('group', { name: cell }).locator('.record-row')).toHaveCount(2)
  }

  // A cube with a Front Stage service; a back-stage touchpoint is linked to that service.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  // Room beside the map: zoom out until it takes the left half of the screen.
  for (let presses = 0; presses < 4; presses++) {
    const box = (await map.boundingBox())!
    if (box.x + box.width < 700) break
    await page.keyboard.press('-')
    await page.waitForTimeout(500)
  }
  const beside = (await map.boundingBox())!
  await drawCube(
    page,
    { x: beside.x + beside.width + 150, y: beside.y + 40 },
    'Claims Handling',
    'Claims',
  )
  await addByKeyboard(page, '+ service', 'Damage assessment')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await editMap(page)
  await addTouchpoint(page, 'Calls the insurer · Back-stage capabilities', 'Assessor booked')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page
    .getByLabel('Links to')
    .selectOption({ label: 'Damage assessment · Service, Claims Handling' })
  await tabTo(page, 'Done')
  await page.keyboard.press('Enter')
  await expect(map.locator('.touchpoint-link')).toHaveText(
    '↪ Damage assessment · Service, Claims Handling',
  )
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+1')
  await page.waitForTimeout(600)
  await page.screenshot({ path: testInfo.outputPath('journey-facilitator.png') })
  await ada.page.screenshot({ path: testInfo.outputPath('journey-ada.png') })

  // The analysis of that service's failure lists the touchpoint.
  let ids: { service: string; touchpoint: string } | undefined
  await expect
    .poll(
      async () => {
        const model = (await asFacilitator(baseURL!, `/api/boards/${boardId}/model`)) as BoardModel
        const service = model.items.find((item) => item.text === 'Damage assessment')
        const touchpoint = model.journeys[0]?.touchpoints.find((t) => t.text === 'Assessor booked')
        if (!service || touchpoint?.linkedId !== service.id) return false
        ids = { service: service.id, touchpoint: touchpoint.id }
        return model.journeys[0]!.touchpoints.length
      },
      { timeout: 20_000 },
    )
    .toBe(4)
  const analysis = (await asFacilitator(
    baseURL!,
    `/api/boards/${boardId}/model/analysis?impactOf=${encodeURIComponent(ids!.service)}`,
  )) as { impact: { touchpoints: string[]; stages: string[] } }
  expect(analysis.impact.touchpoints).toEqual([ids!.touchpoint])
  expect(analysis.impact.stages).toHaveLength(1)
})

test('the Home loan journey template shows the map with its touchpoints, pain points and experience line', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Home loan',
    template: 'home-loan-journey',
  })) as { id: string }
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  const map = page.locator('.journey-map')
  await expect(map).toHaveCount(1)
  await expect(page.locator('.cube')).toHaveCount(7)
  await expect(page.locator('.persona-card')).toHaveCount(2)
  await expect(map.locator('.journey-phase')).toHaveText([
    'Become aware',
    'Apply',
    'Decision',
    'Pay out',
    'Live with the loan',
  ])
  await expect(map.locator('.journey-touchpoints .record-row')).toHaveCount(23)
  await expect(map.locator('.record-row[data-pain="true"]')).toHaveCount(2)
  await expect(map.locator('.journey-experience-point')).toHaveCount(7)
  await expect(map.locator('.journey-experience-curve')).toHaveCount(1)
  const box = (await map.boundingBox())!
  await page.mouse.click(box.x + 30, box.y + 16)
  await page.keyboard.press('Shift+2')
  await page.waitForTimeout(600)
  await page.screenshot({ path: testInfo.outputPath('home-loan-journey.png') })

  // The Model panel reads the map back: each stage's departments and pain points.
  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await panel.getByRole('button', { name: 'Journeys and principles' }).click()
  const maps = panel.getByRole('region', { name: 'Experience maps' })
  await expect(maps.locator('tbody tr')).toHaveCount(7)
  await expect(maps).toContainText('Asked for the same documents twice')
  await expect(maps).toContainText('No word while the credit check runs')
})

test('a stage moves by its arrows into the next phase and back, or to a phase chosen by name; a lane’s kind can be chosen', async ({
  browser,
  baseURL,
}) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Claim',
    template: 'blank-journey',
  })) as { id: string }
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  const map = await editMap(page)
  await page.getByRole('button', { name: '+ Phase' }).click()
  await page.getByLabel('Phase 2 name').fill('Settle')
  await page.keyboard.press('Enter')
  const phaseOfReport = page.getByLabel('Phase of stage Report')
  const chosenPhase = () =>
    phaseOfReport.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]!.text)
  await page.getByLabel('Stage 1 name').fill('Report')
  await page.keyboard.press('Enter')
  // Right from the only stage of Phase 1: into Settle, which had none, leaving Phase 1 empty.
  await page.getByRole('button', { name: 'Move stage Report right' }).click()
  await expect.poll(chosenPhase).toBe('Settle')
  await expect(map.locator('.journey-stage.journey-empty')).toHaveCount(1)
  // Back by its arrow, then there again by name.
  await page.getByRole('button', { name: 'Move stage Report left' }).click()
  await expect.poll(chosenPhase).toBe('Phase 1')
  await phaseOfReport.selectOption({ label: 'Settle' })
  await expect.poll(chosenPhase).toBe('Settle')
  // A lane's kind, which decides what its touchpoints may point at.
  const lane = map.locator('.journey-lane').nth(2)
  await expect(lane).toHaveAttribute('data-lane-kind', 'on-stage')
  await page.getByLabel('Kind of lane On-stage activities').selectOption('back-stage')
  await expect(lane).toHaveAttribute('data-lane-kind', 'back-stage')
})

test('the Model panel answers "if KYC fails, who feels it?" across cubes, journey and personas, and shows it on the board', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'If KYC fails',
    template: 'home-loan-journey',
  })) as { id: string }
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  await page.getByRole('button', { name: 'Model' }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  await panel.getByRole('button', { name: 'Impact' }).click()
  await panel.getByLabel('If this fails').selectOption({ label: 'Service “KYC”' })
  await expect(panel.getByRole('region', { name: 'Cubes that fail with it' })).toContainText(
    'Credit Risk',
  )
  await expect(panel.getByRole('region', { name: 'Journey touchpoints' })).toContainText(
    'Customer identified and screened',
  )
  await expect(
    panel.getByRole('region', { name: 'Personas who lose coverage' }).getByRole('listitem'),
  ).not.toHaveCount(0)
  await panel.getByRole('button', { name: 'Show on the board' }).click()
  // Outlined in colour on the canvas, not selected: KYC's cube fails, the cubes that fail
  // with it, the map and the personas' cards are affected.
  const kyc = await page
    .locator('.tl-shape', {
      has: page.locator('.cube-title', { hasText: 'Customer Lifecycle Management' }),
    })
    .getAttribute('data-shape-id')
  await expect(page.locator('.board-highlight[data-asked="true"]')).toHaveAttribute(
    'data-shape-id',
    kyc!,
  )
  const affected = page.locator('.board-highlight[data-asked="false"]')
  await expect(affected).not.toHaveCount(0)
  await expect(page.locator('.board-highlight', { hasText: 'affected' })).toHaveCount(
    await affected.count(),
  )
  await expect(page.getByRole('button', { name: /^Delete —/ })).toBeDisabled()
  await page.screenshot({ path: testInfo.outputPath('impact.png') })
  // It stays while the board is used, until cleared.
  await page.mouse.click(640, 700)
  await expect(affected).not.toHaveCount(0)
  await page
    .getByRole('status')
    .filter({ hasText: 'Impact on the board' })
    .getByRole('button', { name: 'Clear' })
    .click()
  await expect(page.locator('.board-highlight')).toHaveCount(0)
})
