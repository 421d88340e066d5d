import { expect, test } from '@playwright/test'
import {
  addByKeyboard,
  closeBoardContexts,
  createBoard,
  drawCube,
  focused,
  join,
  tabTo,
} from './board-helpers'

test.afterEach(closeBoardContexts)

test('a facilitator writes a persona with two needs, links one to an offering, and a participant sees coverage 50%', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Value zone')
  const url = board.url
  const { page } = await join(browser, url, 'Ada')

  // The persona, its face and two needs, by keyboard.
  await page.getByTestId('tools.persona').click()
  await page.mouse.click(250, 420)
  const persona = page.locator('.persona-card')
  await expect(persona).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Persona name')).toBeFocused()
  await page.keyboard.type('Self-service home buyer')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Buys a first home in the app')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Face (emoji or initials)')).toBeFocused()
  await page.keyboard.type('📱')
  await tabTo(page, '+ stated need')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('stated need text')).toBeFocused()
  await page.keyboard.type('Know within two days')
  await page.keyboard.press('Enter')
  await expect(focused(page)).toHaveText('Know within two days')
  await tabTo(page, '+ unstated need')
  await page.keyboard.press('Enter')
  await page.keyboard.type('My data is kept safe')
  // Escape keeps the need, as Enter does: typed words are never thrown away.
  await page.keyboard.press('Escape')
  await expect(focused(page)).toHaveText(/My data is kept safe/)
  const needs = persona.locator('.record-row')
  await expect(needs).toHaveCount(2)
  // Stated and unstated read differently, not only by colour.
  await expect(needs.nth(0)).toContainText('Stated')
  await expect(needs.nth(1)).toContainText('Unstated')
  await expect(needs.nth(1)).toHaveCSS('border-top-style', 'dashed')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(persona).toContainText('📱')
  await expect(persona).toContainText('Coverage 0%')

  // The organisation with one product.
  await page.getByTestId('tools.organisation').click()
  await page.mouse.click(1060, 420)
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Organisation name')).toBeFocused()
  await page.keyboard.type('Nordic Bank')
  await addByKeyboard(page, '+ product', 'Credit Application')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  const organisation = page.locator('.organisation-card')
  await expect(organisation).toContainText('fulfils no need')

  // The value zone between them: a need → need link is refused with a reason; need → product is made.
  await page.getByTestId('tools.value_zone').click()
  await page.mouse.click(640, 420)
  await page.keyboard.press('Enter')
  const zone = page.locator('.value-zone')
  await expect(zone.getByRole('combobox', { name: 'Need', exact: true })).toBeFocused()
  await zone
    .getByRole('combobox', { name: 'Need', exact: true })
    .selectOption({ label: 'Know within two days (stated)' })
  // "Fulfilled by" offers products and services; a need is listed disabled, with the reason.
  await expect(
    zone
      .getByRole('combobox', { name: 'Fulfilled by' })
      .getByRole('option', { name: /^My data is kept safe \(unstated\) — .*not by another need/ }),
  ).toBeDisabled()
  await expect(
    zone
      .getByRole('combobox', { name: 'Need', exact: true })
      .getByRole('option', { name: /^Credit Application — .*starts at a need/ }),
  ).toBeDisabled()
  await expect(zone.getByRole('button', { name: 'Link' })).toBeDisabled()
  await zone
    .getByRole('combobox', { name: 'Fulfilled by' })
    .selectOption({ label: 'Credit Application' })
  await zone.getByRole('textbox', { name: 'Note' }).fill('automated decision')
  await zone.getByRole('button', { name: 'Link' }).click()
  await expect(zone.locator('.value-zone-links')).toContainText('Know within two days')
  await expect(persona).toContainText('Coverage 50%')
  await page.keyboard.press('Escape')
  await page.screenshot({ path: testInfo.outputPath('value-zone.png') })

  // A second participant sees the same figures, and the gap highlighted.
  const bo = await join(browser, url, 'Bo')
  const seenByBo = bo.page.locator('.persona-card')
  await expect(seenByBo).toContainText('Coverage 50%')
  await expect(seenByBo).toContainText('Stated 100% (1 of 1)')
  await expect(seenByBo).toContainText('Unstated 0% (0 of 1)')
  await expect(seenByBo.locator('[data-unmet="true"]')).toHaveText(/My data is kept safe/)
  await expect(bo.page.locator('.value-zone')).toContainText('Unmet needs (1)')
  await expect(bo.page.locator('.organisation-card')).not.toContainText('fulfils no need')
  await bo.page.screenshot({ path: testInfo.outputPath('value-zone-bo.png') })

  // Ada takes the link away in the zone: Bo's figures drop; she links it from the persona: back up.
  await page.mouse.click(640, 740)
  await page.mouse.click(640, 600)
  await page.keyboard.press('Enter')
  await zone.getByRole('button', { name: /Remove link Know within two days/ }).click()
  await expect(seenByBo).toContainText('Coverage 0%')
  await expect(bo.page.locator('.organisation-card')).toContainText('fulfils no need')
  await page.mouse.click(640, 740)
  await page.mouse.click(250, 560)
  await page.keyboard.press('Enter')
  await persona
    .getByRole('combobox', { name: 'Know within two days fulfilled by' })
    .selectOption({ label: 'Credit Application' })
  await expect(seenByBo).toContainText('Coverage 50%')
})

test('a Front Stage service of a cube on the board is picked into the organisation and keeps the cube’s name', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Cubes and personas')
  const { page } = await join(browser, board.url, 'Ada')
  await drawCube(page, { x: 300, y: 420 }, 'Credit Risk', 'Risk Department')
  await addByKeyboard(page, '+ service', 'Credit Application')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await page.getByTestId('tools.organisation').click()
  await page.mouse.click(1000, 420)
  await page.keyboard.press('Enter')
  const organisation = page.locator('.organisation-card')
  await organisation
    .getByRole('combobox', { name: 'Service from a cube' })
    .selectOption({ label: 'Credit Application ("Credit Risk")' })
  const services = organisation.getByRole('region', { name: 'Services' })
  await expect(services).toContainText('Credit Application')
  await expect(services).toContainText('from cube "Credit Risk"')
  // Picked once, it leaves the list.
  await expect(
    organisation.getByRole('combobox', { name: 'Service from a cube' }).locator('option'),
  ).toHaveCount(1)
})
